#include "ui/wraplabel.h"

namespace dockervm::ui {

WrapLabel::WrapLabel(QWidget *parent) : QLabel(parent)
{
    setWordWrap(true);
}

bool WrapLabel::hasHeightForWidth() const
{
    return false; // the size hint already carries the height for the current width
}

QSize WrapLabel::sizeHint() const
{
    if (text().isEmpty())
        return {0, 0};
    const int width = this->width() > 0 ? this->width() : QLabel::sizeHint().width();
    return {QLabel::minimumSizeHint().width(), QLabel::heightForWidth(width)};
}

QSize WrapLabel::minimumSizeHint() const
{
    if (text().isEmpty())
        return {0, 0};
    return {QLabel::minimumSizeHint().width(), sizeHint().height()};
}

void WrapLabel::resizeEvent(QResizeEvent *event)
{
    QLabel::resizeEvent(event);
    if (!text().isEmpty() && QLabel::heightForWidth(width()) != height())
        updateGeometry();
}

} // namespace dockervm::ui
