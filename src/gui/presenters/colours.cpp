// SPDX-License-Identifier: GPL-3.0-or-later
/// Colour arithmetic for readable code colours and labels on light and dark themes, free of wx.
#include "presenters/colours.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace edau::gui {
namespace {

int hexDigit(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

double linear(std::uint8_t channel) {
    const double c = channel / 255.0;
    return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

std::uint8_t blend(std::uint8_t a, std::uint8_t b, double t) {
    return static_cast<std::uint8_t>(std::lround(a + (b - a) * std::clamp(t, 0.0, 1.0)));
}

}  // namespace

std::optional<Rgb> parseHexColour(std::string_view text) {
    if (text.size() != 7 || text[0] != '#') return std::nullopt;
    int values[6];
    for (std::size_t i = 0; i < 6; ++i) {
        values[i] = hexDigit(text[i + 1]);
        if (values[i] < 0) return std::nullopt;
    }
    return Rgb{static_cast<std::uint8_t>(values[0] * 16 + values[1]), static_cast<std::uint8_t>(values[2] * 16 + values[3]),
               static_cast<std::uint8_t>(values[4] * 16 + values[5])};
}

std::string toHexColour(Rgb colour) {
    char buffer[8];
    std::snprintf(buffer, sizeof buffer, "#%02X%02X%02X", colour.red, colour.green, colour.blue);
    return buffer;
}

double relativeLuminance(Rgb colour) {
    return 0.2126 * linear(colour.red) + 0.7152 * linear(colour.green) + 0.0722 * linear(colour.blue);
}

double contrastRatio(Rgb a, Rgb b) {
    const double la = relativeLuminance(a);
    const double lb = relativeLuminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

bool isDark(Rgb background) {
    return relativeLuminance(background) < 0.18;
}

Rgb mix(Rgb a, Rgb b, double t) {
    return Rgb{blend(a.red, b.red, t), blend(a.green, b.green, t), blend(a.blue, b.blue, t)};
}

Rgb readableOn(Rgb background, Rgb wanted, Rgb fallback, double minimumRatio) {
    for (int step = 0; step <= 10; ++step) {
        const Rgb candidate = mix(wanted, fallback, step / 10.0);
        if (contrastRatio(candidate, background) >= minimumRatio) return candidate;
    }
    return fallback;
}

int tintAlpha(Rgb background) {
    return isDark(background) ? 90 : 60;
}

}  // namespace edau::gui
