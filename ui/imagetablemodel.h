#pragma once

#include "classic/models.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace dockervm::ui {

// The image list of the Image page: label, published date, size, name. Images too old for the
// Docker extension are greyed and carry a warning icon and tool tip. Qt::UserRole is the sort key.
class ImageTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { LabelColumn, PublishedColumn, SizeColumn, NameColumn, ColumnCount };
    static constexpr int SortRole = Qt::UserRole;
    static constexpr int NameRole = Qt::UserRole + 1;
    static constexpr int TooOldRole = Qt::UserRole + 2;

    explicit ImageTableModel(QObject *parent = nullptr);

    // `unsupported`: image name → why it cannot be used (a signed-in subscription's images out of
    // standard support); shown like the classic too-old ones.
    void setImages(const QList<classic::OsImage> &images,
                   const QHash<QString, QString> &unsupported = {});
    const QList<classic::OsImage> &images() const { return m_images; }
    int rowOf(const QString &name) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<classic::OsImage> m_images;
    QHash<QString, QString> m_unsupported;
};

} // namespace dockervm::ui
