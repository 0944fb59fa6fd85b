#pragma once

#include "classic/managementclient.h"
#include "classic/models.h"
#include "cloud/cloud.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>

namespace dockervm::wizard {

class Subscriptions;

// What the current subscription offers, and the user's pick from it: the regions with virtual
// machines, the OS images (filtered and picked by the rule in azure/imagechoice.h, the same as
// `docker-vm create`), and the VM sizes of the chosen region.
// With a cloud set (setCloud: a signed-in subscription), everything comes through
// cloud::Cloud::locations/images/sizes instead: Ubuntu LTS images newest first, the ones out of
// standard support marked and refused like the classic too-old ones, the sizes the region offers
// for the chosen image's generation. The classic subscription still loads through its client
// (its live text filter and image details need the full classic list).
class Catalogue : public QObject
{
    Q_OBJECT
public:
    enum class LoadState { Idle, Loading, Loaded, Failed };
    Q_ENUM(LoadState)

    explicit Catalogue(Subscriptions *subscriptions, QObject *parent = nullptr);

    // The cloud to load from; null: the classic subscription's client. Forgets what was loaded.
    void setCloud(cloud::Cloud *cloud);
    cloud::Cloud *cloud() const { return m_cloud; }

    // Regions.
    LoadState locationsState() const { return m_locationsState; }
    QString locationsError() const { return m_locationsError; }
    QList<classic::Location> locations() const { return m_locations; } // VM regions only
    QString location() const { return m_location; }
    void setLocation(const QString &location);
    void loadLocations(); // also Retry

    // Images.
    LoadState imagesState() const { return m_imagesState; }
    QString imagesError() const { return m_imagesError; }
    QString imageFilter() const { return m_imageFilter; }
    void setImageFilter(const QString &filter);
    QList<classic::OsImage> images() const { return m_images; } // candidates, newest first
    QString imageName() const { return m_imageName; }
    void setImageName(const QString &name);
    QString imageLabel() const;   // "label (name)" of the pick, else its name
    QString imageWarning() const; // the pick lacks the extension agent
    static bool isImageTooOld(const classic::OsImage &image);
    // Why an image of the list cannot be used (translated), empty when it can: too old for the
    // Docker extension (classic), out of standard support (cloud).
    QString imageUnsupportedNote(const QString &name) const;
    void loadImages(); // also Retry

    // Sizes of the chosen region (the classic list when the region names none); with a cloud,
    // those it offers for the region and the chosen image (empty until loaded).
    QStringList vmSizes() const;
    QString sizeLabel(const QString &name) const; // "Standard_B2s — 2 vCPUs, 4 GB"
    LoadState sizesState() const { return m_sizesState; }
    QString sizesError() const { return m_sizesError; }
    void loadSizes(); // with a cloud: for the region and image now chosen

    bool isBusy() const;
    // Forgets what was loaded (a new subscription) and aborts the loads in flight.
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
    void loadLocationsFromCloud();
    void loadImagesFromCloud();
    void pickLocation();

    Subscriptions *m_subscriptions;
    QPointer<cloud::Cloud> m_cloud;
    // The context of the cloud calls in flight (deleted to drop their answers).
    QPointer<QObject> m_locationsCall, m_imagesCall, m_sizesCall;
    QList<cloud::Image> m_cloudImages;
    QList<cloud::Size> m_sizes;
    LoadState m_sizesState = LoadState::Idle;
    QString m_sizesError;

    LoadState m_locationsState = LoadState::Idle;
    QString m_locationsError;
    QList<classic::Location> m_locations;
    QString m_location;
    QPointer<classic::LocationsReply> m_locationsReply;

    LoadState m_imagesState = LoadState::Idle;
    QString m_imagesError;
    QString m_imageFilter;
    QList<classic::OsImage> m_allImages;
    QList<classic::OsImage> m_images;
    QString m_imageName;
    QPointer<classic::OsImagesReply> m_imagesReply;
    bool m_busy = false;
};

} // namespace dockervm::wizard
