#pragma once

#include "arm/armerror.h"
#include "arm/armmodels.h"

#include <QDate>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>

namespace dockervm::arm {

class ArmClient;
class ArmListReply;
class ArmReply;

// One catalogue question (read-only GETs) with one finished() signal. Owned by the catalogue's
// parent-less caller: the receiver may deleteLater() it; it is a child of the ArmCatalogue.
// Every job finishes exactly once (result, error, abort() or the client's destruction).
class CatalogueJob : public QObject
{
    Q_OBJECT
    friend class ArmCatalogue;

public:
    bool isFinished() const { return m_finished; }
    bool ok() const { return m_finished && !m_error.isError(); }
    const ArmError &error() const { return m_error; }
    void abort();

signals:
    void finished();

protected:
    explicit CatalogueJob(QObject *parent);
    void finishWith(const ArmError &error);
    // Tracks a request; abort() cancels it.
    void track(QObject *request);
    QList<QPointer<QObject>> m_requests;

private:
    ArmError m_error;
    bool m_finished = false;
};

class TenantsJob : public CatalogueJob
{
    Q_OBJECT
public:
    QList<Tenant> tenants() const { return m_tenants; }

private:
    friend class ArmCatalogue;
    using CatalogueJob::CatalogueJob;
    QList<Tenant> m_tenants;
};

class SubscriptionsJob : public CatalogueJob
{
    Q_OBJECT
public:
    // Enabled subscriptions of the token's tenant, sorted by displayName.
    QList<Subscription> subscriptions() const { return m_subscriptions; }
    int hiddenNotEnabled() const { return m_hidden; } // how many were not Enabled

private:
    friend class ArmCatalogue;
    using CatalogueJob::CatalogueJob;
    QList<Subscription> m_subscriptions;
    int m_hidden = 0;
};

class LocationsJob : public CatalogueJob
{
    Q_OBJECT
public:
    // Physical regions (Logical ones like "global", "asia" are dropped), by displayName.
    QList<Location> locations() const { return m_locations; }

private:
    friend class ArmCatalogue;
    using CatalogueJob::CatalogueJob;
    QList<Location> m_locations;
};

class UbuntuImagesJob : public CatalogueJob
{
    Q_OBJECT
public:
    // Plain x64 Ubuntu Server LTS images in the location, newest first (see
    // classifyUbuntuImage()), each at its newest version with generation confirmed by the
    // version's hyperVGeneration; outOfStandardSupport as of the catalogue's today().
    QList<UbuntuImage> images() const { return m_images; }
    // "UbuntuLTS": the newest still supported, Gen2 preferred; nullopt when none is.
    std::optional<UbuntuImage> alias() const { return ubuntuLtsAlias(m_images); }

private:
    friend class ArmCatalogue;
    using CatalogueJob::CatalogueJob;
    void offersDone(ArmReply *reply);
    void skusDone(ArmReply *reply, const QString &offer);
    void versionsDone(ArmReply *reply, int index);
    void versionDone(ArmReply *reply, int index);
    void maybeDone();
    QPointer<ArmClient> m_client;
    QString m_base; // .../locations/<loc>/publishers/Canonical/artifacttypes/vmimage/offers
    QDate m_today;
    QList<UbuntuImage> m_images;
    ArmError m_lastError; // of a skipped offer/SKU, reported when nothing is left
    int m_outstanding = 0;
};

class VmSizesJob : public CatalogueJob
{
    Q_OBJECT
public:
    // Sizes this subscription can use in the location (restricted ones dropped) supporting the
    // asked generation (0: any), sorted by vCPUs, memory, name.
    QList<VmSize> sizes() const { return m_sizes; }
    int hiddenRestricted() const { return m_restricted; }

private:
    friend class ArmCatalogue;
    using CatalogueJob::CatalogueJob;
    QList<VmSize> m_sizes;
    int m_restricted = 0;
};

class DnsLabelJob : public CatalogueJob
{
    Q_OBJECT
public:
    bool available() const { return m_available; }
    QString fqdn() const { return m_fqdn; } // "<label>.<location>.cloudapp.azure.com"

private:
    friend class ArmCatalogue;
    using CatalogueJob::CatalogueJob;
    bool m_available = false;
    QString m_fqdn;
};

// The wizard's read-only questions to ARM (arm.md §1-2), each a job. Paths and api-versions
// come from arm/apiversions.h. Lists follow nextLink (ArmClient::list()).
class ArmCatalogue : public QObject
{
    Q_OBJECT
public:
    explicit ArmCatalogue(ArmClient *client, QObject *parent = nullptr);

    // GET /tenants
    TenantsJob *tenants();
    // GET /subscriptions (Enabled only)
    SubscriptionsJob *subscriptions();
    // GET /subscriptions/{s}/locations (Physical only)
    LocationsJob *locations(const QString &subscriptionId);
    // Canonical offers -> SKUs -> newest version -> that version (hyperVGeneration).
    UbuntuImagesJob *ubuntuImages(const QString &subscriptionId, const QString &location);
    // GET .../providers/Microsoft.Compute/skus?$filter=location eq '<loc>'
    VmSizesJob *vmSizes(const QString &subscriptionId, const QString &location, int generation = 0);
    // GET .../providers/Microsoft.Network/locations/<loc>/CheckDnsNameAvailability?domainNameLabel=
    DnsLabelJob *checkDnsLabel(const QString &subscriptionId, const QString &location,
                               const QString &label);

    // The date "out of standard support" is judged against (default: today, UTC).
    void setToday(const QDate &today) { m_today = today; }
    QDate today() const;

private:
    QPointer<ArmClient> m_client;
    QDate m_today;
};

} // namespace dockervm::arm
