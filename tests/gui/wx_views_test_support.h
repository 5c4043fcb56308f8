// SPDX-License-Identifier: GPL-3.0-or-later
// What the tests that drive real wx views share: running the event loop while they wait, and
// pictures of a window to look at.
#pragma once

#include <chrono>
#include <functional>
#include <string>

class wxWindow;

namespace edau::gui::views_test {

/// Lets the event loop run (worker answers and CallAfter arrive, windows paint) until `done`
/// or the time is up. False when the time ran out.
bool pumpUntil(const std::function<bool()>& done, std::chrono::milliseconds limit = std::chrono::seconds(60));

/// Lets the event loop run for `time`.
void pumpFor(std::chrono::milliseconds time);

/// With EDAU_VIEWS_TEST_SHOTS=FOLDER, saves a picture of `window` there as NAME.png, to look at
/// (EDAU_VIEWS_TEST_HOLD=SECONDS keeps it up longer, for a screenshot from outside). A picture
/// that cannot be saved fails the test.
void saveShot(wxWindow& window, const std::string& name);

}  // namespace edau::gui::views_test
