// SPDX-License-Identifier: GPL-3.0-or-later
/// The exports' headings and labels in the interface language: one place for every export the
/// desktop app writes (the export dialog and the matrix editor), with the same words edau-cli uses.
#pragma once

#include <string>

#include "edau/app/export_service.h"

namespace edau::gui {

/// Headings and labels translated through the app's catalogue; `language` ("en" or "cy") is
/// written into the document for its spell-checking language.
ExportWording exportWording(const std::string& language);

/// The same, in the language of the loaded catalogue.
ExportWording exportWordingForInterface();

}  // namespace edau::gui
