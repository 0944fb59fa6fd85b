#pragma once

#include "cloud/cloud.h"

#include <QAbstractTableModel>
#include <QList>

namespace dockervm::ui {

// The image list of the Image page, whichever cloud listed it: label, published date, disk size,
// name. Images the cloud does not support (too old for the Docker extension, out of standard
// support) are greyed and carry a warning icon, the cloud's short tag after the label and its
// reason as tool tip. SortRole is the sort key.
class ImageTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { LabelColumn, PublishedColumn, SizeColumn, NameColumn, ColumnCount };
    static constexpr int SortRole = Qt::UserRole;
    static constexpr int NameRole = Qt::UserRole + 1;
    static constexpr int TooOldRole = Qt::UserRole + 2; // true: not supported

    explicit ImageTableModel(QObject *parent = nullptr);

    void setImages(const QList<cloud::Image> &images);
    const QList<cloud::Image> &images() const { return m_images; }
    int rowOf(const QString &name) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<cloud::Image> m_images;
};

} // namespace dockervm::ui
