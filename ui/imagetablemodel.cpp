#include "ui/imagetablemodel.h"

#include <QApplication>
#include <QBrush>
#include <QIcon>
#include <QLocale>
#include <QPalette>
#include <QStyle>

namespace dockervm::ui {

ImageTableModel::ImageTableModel(QObject *parent) : QAbstractTableModel(parent) {}

void ImageTableModel::setImages(const QList<cloud::Image> &images)
{
    beginResetModel();
    m_images = images;
    endResetModel();
}

int ImageTableModel::rowOf(const QString &name) const
{
    for (int i = 0; i < m_images.size(); ++i)
        if (m_images[i].id == name)
            return i;
    return -1;
}

int ImageTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_images.size());
}

int ImageTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ImageTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_images.size())
        return {};
    const cloud::Image &image = m_images[index.row()];
    const bool unsupported = !image.supported;
    const QString tag = image.tag.isEmpty() ? tr("not supported") : image.tag;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case LabelColumn:
            return unsupported ? tr("%1 (%2)").arg(image.label, tag) : image.label;
        case PublishedColumn:
            return image.published.isValid()
                       ? QLocale().toString(image.published.toLocalTime().date(),
                                            QLocale::ShortFormat)
                       : tr("unknown");
        case SizeColumn:
            return image.diskSizeGb > 0 ? tr("%1 GB").arg(image.diskSizeGb, 0, 'f', 0) : QString();
        case NameColumn:
            return image.id;
        }
        break;
    case SortRole:
        switch (index.column()) {
        case LabelColumn:
            return image.label;
        case PublishedColumn:
            return image.published;
        case SizeColumn:
            return image.diskSizeGb;
        case NameColumn:
            return image.id;
        }
        break;
    case NameRole:
        return image.id;
    case TooOldRole:
        return unsupported;
    case Qt::DecorationRole:
        if (index.column() == LabelColumn && unsupported)
            return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
        break;
    case Qt::ForegroundRole:
        if (unsupported)
            return QApplication::palette().brush(QPalette::Disabled, QPalette::Text);
        break;
    case Qt::ToolTipRole:
        if (unsupported)
            return tr("%1: %2. Choose another image.")
                .arg(image.label, image.note.isEmpty() ? tag : image.note);
        return image.description.isEmpty() ? image.label : image.description;
    case Qt::AccessibleTextRole:
        if (index.column() == LabelColumn && unsupported)
            return tr("%1, %2").arg(image.label, image.note.isEmpty() ? tag : image.note);
        break;
    }
    return {};
}

QVariant ImageTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case LabelColumn:
        return tr("Label");
    case PublishedColumn:
        return tr("Published");
    case SizeColumn:
        return tr("Size");
    case NameColumn:
        return tr("Name");
    }
    return {};
}

} // namespace dockervm::ui
