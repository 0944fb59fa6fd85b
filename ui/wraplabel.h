#pragma once

#include <QLabel>

namespace dockervm::ui {

// A word-wrapped label for a form inside a scroll area: as tall as its text at the width it has,
// no more. QFormLayout's height-for-width (Qt 6.4) measures wrapped labels at the form's narrow
// preferred width, so inside a QScrollArea (which sizes its content by that estimate) a plain
// wrapped QLabel got two or three lines' height for one line of text and the page showed gaps
// and a needless scroll bar. This label reports its height for the current width as its size
// hint instead, and asks for a new layout when a resize changes that height.
class WrapLabel : public QLabel
{
    Q_OBJECT

public:
    explicit WrapLabel(QWidget *parent = nullptr);

    bool hasHeightForWidth() const override;
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void resizeEvent(QResizeEvent *event) override;
};

} // namespace dockervm::ui
