#pragma once

#include <QColor>
#include <QPalette>

// Error and success text colours that stay readable on the palette they are drawn on: the dark
// reds and greens of a light theme vanish on a dark or high-contrast one (black background), so
// there the light variants are used.
namespace dockervm::ui {

inline bool isDarkPalette(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

inline QColor errorTextColor(const QPalette &palette)
{
    return isDarkPalette(palette) ? QColor(0xff, 0x8a, 0x80) : QColor(0xb0, 0x1c, 0x1c);
}

inline QColor okTextColor(const QPalette &palette)
{
    return isDarkPalette(palette) ? QColor(0x9c, 0xe0, 0x9f) : QColor(0x2e, 0x7d, 0x32);
}

} // namespace dockervm::ui
