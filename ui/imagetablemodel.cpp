#include "ui/imagetablemodel.h"

#include "wizard/catalogue.h"

#include "wizard/setupcontroller.h"

#include <QApplication>
#include <QBrush>
#include <QIcon>
#include <QLocale>
#include <QPalette>
#include <QStyle>

namespace dockervm::ui {

ImageTableModel::ImageTableModel(QObject *parent) : QAbstractTableModel(parent) {}

void ImageTableModel::setImages(const QList<classic::OsImage> &images,
                                const QHash<QString, QString> &unsupported)
{
    beginResetModel();
    m_images = images;
    m_unsupported = unsupported;
    endResetModel();
}

int ImageTableModel::rowOf(const QString &name) const
{
    for (int i = 0; i < m_images.size(); ++i)
        if (m_images[i].name == name)
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
    const classic::OsImage &image = m_images[index.row()];
    const bool classicTooOld = wizard::Catalogue::isImageTooOld(image);
    const QString note = m_unsupported.value(image.name);
    const bool tooOld = classicTooOld || !note.isEmpty();
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case LabelColumn:
            if (classicTooOld)
                return tr("%1 (too old)").arg(image.label);
            return note.isEmpty() ? image.label : tr("%1 (out of support)").arg(image.label);
        case PublishedColumn:
            return image.publishedDate.isValid()
                       ? QLocale().toString(image.publishedDate.toLocalTime().date(),
                                            QLocale::ShortFormat)
                       : tr("unknown");
        case SizeColumn:
            return image.logicalSizeInGB > 0 ? tr("%1 GB").arg(image.logicalSizeInGB, 0, 'f', 0)
                                             : QString();
        case NameColumn:
            return image.name;
        }
        break;
    case SortRole:
        switch (index.column()) {
        case LabelColumn:
            return image.label;
        case PublishedColumn:
            return image.publishedDate;
        case SizeColumn:
            return image.logicalSizeInGB;
        case NameColumn:
            return image.name;
        }
        break;
    case NameRole:
        return image.name;
    case TooOldRole:
        return tooOld;
    case Qt::DecorationRole:
        if (index.column() == LabelColumn && tooOld)
            return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
        break;
    case Qt::ForegroundRole:
        if (tooOld)
            return QApplication::palette().brush(QPalette::Disabled, QPalette::Text);
        break;
    case Qt::ToolTipRole:
        if (!classicTooOld && !note.isEmpty())
            return tr("%1: %2. Choose a supported Ubuntu LTS image.").arg(image.label, note);
        if (tooOld)
            return tr("Published before %1: its Linux agent cannot run the Docker extension.")
                .arg(QLocale().toString(classic::extensionAgentCutoff().date(),
                                        QLocale::ShortFormat));
        return image.description.isEmpty() ? image.label : image.description;
    case Qt::AccessibleTextRole:
        if (index.column() == LabelColumn && classicTooOld)
            return tr("%1, too old for the Docker extension").arg(image.label);
        if (index.column() == LabelColumn && tooOld)
            return tr("%1, %2").arg(image.label, note);
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
