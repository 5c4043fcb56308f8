// SPDX-License-Identifier: GPL-3.0-or-later
/// Colour arithmetic for readable code colours and labels on light and dark themes, free of wx.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace edau::gui {

/// An sRGB colour.
struct Rgb {
    std::uint8_t red = 0;
    std::uint8_t green = 0;
    std::uint8_t blue = 0;
    bool operator==(const Rgb&) const = default;
};

/// "#RRGGBB" (either case) as a colour; nullopt for anything else, such as a code without one.
std::optional<Rgb> parseHexColour(std::string_view text);
/// "#RRGGBB" in upper case.
std::string toHexColour(Rgb colour);

/// WCAG relative luminance, 0 (black) to 1 (white).
double relativeLuminance(Rgb colour);
/// WCAG contrast ratio, 1 to 21.
double contrastRatio(Rgb a, Rgb b);
/// True for a background that needs light text: a dark theme.
bool isDark(Rgb background);
/// `a` moved a fraction `t` (0..1) of the way to `b`.
Rgb mix(Rgb a, Rgb b, double t);

/// `wanted`, or the nearest mix of it towards `fallback` that reads on `background` with at
/// least `minimumRatio` contrast (4.5 is WCAG AA for text; 3 for large text and graphics).
Rgb readableOn(Rgb background, Rgb wanted, Rgb fallback, double minimumRatio = 4.5);

/// How opaque (0–255) a code's tint over text may be: enough to see, little enough that the
/// text colour still reads; dark backgrounds need more.
int tintAlpha(Rgb background);

}  // namespace edau::gui
