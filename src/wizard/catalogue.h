#pragma once

#include "cloud/cloud.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>

namespace dockervm::wizard {

// What the current subscription offers, and the user's pick from it, all through its
// cloud::Cloud (classic or signed-in alike): the regions with virtual machines, the OS images of
// the region (newest first; the ones the cloud marks unsupported, too old for the Docker
// extension or out of standard support, shown and refused), narrowed by a live text filter that
// starts with the cloud's proposed image (defaults().imageName), and the VM sizes the region
// offers for the chosen image. The pick follows `docker-vm create IMAGE`: the image whose name is
// the filter, else the first supported one of the list.
class Catalogue : public QObject
{
    Q_OBJECT
public:
    enum class LoadState { Idle, Loading, Loaded, Failed };
    Q_ENUM(LoadState)

    explicit Catalogue(QObject *parent = nullptr);

    // The cloud to load from (null: none chosen). Forgets what was loaded.
    void setCloud(cloud::Cloud *cloud);
    cloud::Cloud *cloud() const { return m_cloud; }

    // Regions.
    LoadState locationsState() const { return m_locationsState; }
    QString locationsError() const { return m_locationsError; }
    QList<cloud::Location> locations() const { return m_locations; } // VM regions only
    QString location() const { return m_location; }
    void setLocation(const QString &location);
    void loadLocations(); // also Retry

    // Images.
    LoadState imagesState() const { return m_imagesState; }
    QString imagesError() const { return m_imagesError; }
    QString imageFilter() const { return m_imageFilter; }
    void setImageFilter(const QString &filter);
    QList<cloud::Image> images() const { return m_images; } // the filter's matches, newest first
    QString imageName() const { return m_imageName; }
    void setImageName(const QString &name);
    QString imageLabel() const;   // "label (name)" of the pick, else its name
    QString imageWarning() const; // the pick cannot be used (why), empty when it can
    // Why an image of the list cannot be used (translated), empty when it can.
    QString imageUnsupportedNote(const QString &name) const;
    void loadImages(); // also Retry

    // Sizes the region offers for the chosen image (empty until loaded).
    QStringList vmSizes() const;
    QString sizeLabel(const QString &name) const; // "Standard_B2s — 2 vCPUs, 4 GB"
    LoadState sizesState() const { return m_sizesState; }
    QString sizesError() const { return m_sizesError; }
    void loadSizes(); // for the region and image now chosen

    bool isBusy() const;
    // Forgets what was loaded (a new subscription) and drops the loads in flight.
    void reset();

signals:
    void locationsChanged();
    void locationChanged();
    void imagesChanged();
    void imageNameChanged();
    void sizesChanged();
    void busyChanged();
    // A line for the wizard's log (translated).
    void logLine(const QString &line);

private:
    void abortLoads();
    void applyImageFilter();
    void updateBusy();
    void pickLocation();
    const cloud::Image *findImage(const QString &name) const;

    QPointer<cloud::Cloud> m_cloud;
    // The context of the cloud calls in flight (deleted to drop their answers).
    QPointer<QObject> m_locationsCall, m_imagesCall, m_sizesCall;

    LoadState m_locationsState = LoadState::Idle;
    QString m_locationsError;
    QList<cloud::Location> m_locations;
    QString m_location;

    LoadState m_imagesState = LoadState::Idle;
    QString m_imagesError;
    QString m_imageFilter;
    QList<cloud::Image> m_allImages; // the region's, as the cloud listed them
    QList<cloud::Image> m_images;    // those the filter matches
    QString m_imageName;

    QList<cloud::Size> m_sizes;
    LoadState m_sizesState = LoadState::Idle;
    QString m_sizesError;
    bool m_busy = false;
};

} // namespace dockervm::wizard
