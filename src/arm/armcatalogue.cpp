#include "arm/armcatalogue.h"

#include "arm/apiversions.h"
#include "arm/armclient.h"

#include <QTimer>
#include <QUrl>

#include <algorithm>

namespace dockervm::arm {
namespace {

QString seg(const QString &s)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(s));
}

} // namespace

// ---------------------------------------------------------------------------------------------
// CatalogueJob

CatalogueJob::CatalogueJob(QObject *parent) : QObject(parent) {}

void CatalogueJob::abort()
{
    if (!m_finished)
        finishWith(ArmError::cancelled());
}

void CatalogueJob::track(QObject *request)
{
    m_requests.append(request);
}

void CatalogueJob::finishWith(const ArmError &error)
{
    if (m_finished)
        return;
    m_finished = true;
    m_error = error;
    const auto requests = m_requests;
    m_requests.clear();
    for (const QPointer<QObject> &r : requests) {
        if (!r)
            continue;
        disconnect(r, nullptr, this, nullptr);
        if (auto *reply = qobject_cast<ArmReply *>(r.data()))
            reply->abort();
        else if (auto *list = qobject_cast<ArmListReply *>(r.data()))
            list->abort();
        r->deleteLater();
    }
    emit finished();
}

// ---------------------------------------------------------------------------------------------
// ArmCatalogue

ArmCatalogue::ArmCatalogue(ArmClient *client, QObject *parent) : QObject(parent), m_client(client)
{}

QDate ArmCatalogue::today() const
{
    return m_today.isValid() ? m_today : QDate::currentDate();
}

TenantsJob *ArmCatalogue::tenants()
{
    auto *job = new TenantsJob(this);
    if (!m_client) {
        QTimer::singleShot(0, job, [job] { job->finishWith(ArmError::clientClosed()); });
        return job;
    }
    ArmListReply *list = m_client->list(QStringLiteral("/tenants"), api::subscriptions());
    job->track(list);
    connect(list, &ArmListReply::finished, job, [job, list] {
        list->deleteLater();
        if (list->ok())
            job->m_tenants = parseTenants(list->values());
        job->finishWith(list->error());
    });
    return job;
}

SubscriptionsJob *ArmCatalogue::subscriptions()
{
    auto *job = new SubscriptionsJob(this);
    if (!m_client) {
        QTimer::singleShot(0, job, [job] { job->finishWith(ArmError::clientClosed()); });
        return job;
    }
    ArmListReply *list = m_client->list(QStringLiteral("/subscriptions"), api::subscriptions());
    job->track(list);
    connect(list, &ArmListReply::finished, job, [job, list] {
        list->deleteLater();
        if (list->ok()) {
            for (const Subscription &s : parseSubscriptions(list->values())) {
                if (s.isEnabled())
                    job->m_subscriptions.append(s);
                else
                    ++job->m_hidden;
            }
            std::stable_sort(job->m_subscriptions.begin(), job->m_subscriptions.end(),
                             [](const Subscription &a, const Subscription &b) {
                                 return a.displayName.localeAwareCompare(b.displayName) < 0;
                             });
        }
        job->finishWith(list->error());
    });
    return job;
}

LocationsJob *ArmCatalogue::locations(const QString &subscriptionId)
{
    auto *job = new LocationsJob(this);
    if (!m_client) {
        QTimer::singleShot(0, job, [job] { job->finishWith(ArmError::clientClosed()); });
        return job;
    }
    ArmListReply *list = m_client->list(
        QStringLiteral("/subscriptions/%1/locations").arg(seg(subscriptionId)), api::locations());
    job->track(list);
    connect(list, &ArmListReply::finished, job, [job, list] {
        list->deleteLater();
        if (list->ok()) {
            for (const Location &l : parseLocations(list->values())) {
                if (l.isPhysical())
                    job->m_locations.append(l);
            }
            std::stable_sort(job->m_locations.begin(), job->m_locations.end(),
                             [](const Location &a, const Location &b) {
                                 return a.displayName.localeAwareCompare(b.displayName) < 0;
                             });
        }
        job->finishWith(list->error());
    });
    return job;
}

VmSizesJob *ArmCatalogue::vmSizes(const QString &subscriptionId, const QString &location,
                                  int generation)
{
    auto *job = new VmSizesJob(this);
    if (!m_client) {
        QTimer::singleShot(0, job, [job] { job->finishWith(ArmError::clientClosed()); });
        return job;
    }
    ArmListReply *list = m_client->list(
        QStringLiteral("/subscriptions/%1/providers/Microsoft.Compute/skus")
            .arg(seg(subscriptionId)),
        api::computeSkus(), QStringLiteral("$filter=location eq '%1'").arg(seg(location)));
    job->track(list);
    connect(list, &ArmListReply::finished, job, [job, list, location, generation] {
        list->deleteLater();
        if (list->ok()) {
            for (const VmSize &s : parseVmSizes(list->values(), location)) {
                if (s.isRestricted())
                    ++job->m_restricted;
                else if (s.supportsGeneration(generation))
                    job->m_sizes.append(s);
            }
            std::stable_sort(job->m_sizes.begin(), job->m_sizes.end(),
                             [](const VmSize &a, const VmSize &b) {
                                 if (a.vCpus != b.vCpus)
                                     return a.vCpus < b.vCpus;
                                 if (a.memoryGb != b.memoryGb)
                                     return a.memoryGb < b.memoryGb;
                                 return a.name < b.name;
                             });
        }
        job->finishWith(list->error());
    });
    return job;
}

DnsLabelJob *ArmCatalogue::checkDnsLabel(const QString &subscriptionId, const QString &location,
                                         const QString &label)
{
    auto *job = new DnsLabelJob(this);
    if (!m_client) {
        QTimer::singleShot(0, job, [job] { job->finishWith(ArmError::clientClosed()); });
        return job;
    }
    job->m_fqdn = label.toLower() + QLatin1Char('.') + location.toLower() +
                  QStringLiteral(".cloudapp.azure.com");
    ArmReply *reply =
        m_client->get(QStringLiteral("/subscriptions/%1/providers/Microsoft.Network/locations/%2/"
                                     "CheckDnsNameAvailability")
                          .arg(seg(subscriptionId), seg(location)),
                      api::network(), QStringLiteral("domainNameLabel=") + seg(label));
    job->track(reply);
    connect(reply, &ArmReply::finished, job, [job, reply] {
        reply->deleteLater();
        if (!reply->ok()) {
            job->finishWith(reply->error());
            return;
        }
        const auto available = parseDnsAvailability(reply->json());
        if (!available) {
            job->finishWith(ArmError::invalidReply(
                reply->url(), CatalogueJob::tr("the DNS name check has no \"available\" field")));
            return;
        }
        job->m_available = *available;
        job->finishWith(ArmError());
    });
    return job;
}

// ---------------------------------------------------------------------------------------------
// UbuntuImagesJob: offers -> SKUs -> newest version -> that version

UbuntuImagesJob *ArmCatalogue::ubuntuImages(const QString &subscriptionId, const QString &location)
{
    auto *job = new UbuntuImagesJob(this);
    job->m_client = m_client;
    job->m_today = today();
    if (!m_client) {
        QTimer::singleShot(0, job, [job] { job->finishWith(ArmError::clientClosed()); });
        return job;
    }
    job->m_base = QStringLiteral("/subscriptions/%1/providers/Microsoft.Compute/locations/%2/"
                                 "publishers/Canonical/artifacttypes/vmimage/offers")
                      .arg(seg(subscriptionId), seg(location));
    ArmReply *reply = m_client->get(job->m_base, api::compute());
    job->track(reply);
    ++job->m_outstanding;
    connect(reply, &ArmReply::finished, job, [job, reply] { job->offersDone(reply); });
    return job;
}

static QStringList namesOf(const ArmReply *reply)
{
    const QJsonDocument doc = reply->document();
    return parseNames(doc.isArray() ? doc.array()
                                    : doc.object().value(QLatin1String("value")).toArray());
}

void UbuntuImagesJob::offersDone(ArmReply *reply)
{
    reply->deleteLater();
    --m_outstanding;
    if (isFinished())
        return;
    if (!reply->ok()) {
        finishWith(reply->error());
        return;
    }
    for (const QString &offer : namesOf(reply)) {
        if (!isUbuntuServerOffer(offer) || !m_client)
            continue;
        ArmReply *skus = m_client->get(
            m_base + QLatin1Char('/') + seg(offer) + QStringLiteral("/skus"), api::compute());
        track(skus);
        ++m_outstanding;
        connect(skus, &ArmReply::finished, this, [this, skus, offer] { skusDone(skus, offer); });
    }
    maybeDone();
}

void UbuntuImagesJob::skusDone(ArmReply *reply, const QString &offer)
{
    reply->deleteLater();
    --m_outstanding;
    if (isFinished())
        return;
    if (!reply->ok()) {
        qCInfo(lcArm).noquote() << "skipping image offer" << offer << ":"
                                << reply->error().summary();
        m_lastError = reply->error();
    } else {
        for (const QString &sku : namesOf(reply)) {
            const auto kind = classifyUbuntuImage(offer, sku);
            if (!kind || !m_client)
                continue;
            UbuntuImage image;
            image.offer = offer;
            image.sku = sku;
            image.release = kind->release;
            image.codename = kind->codename;
            image.generation = kind->generation;
            image.releaseDate = QDate(2000 + kind->release.left(2).toInt(), 4, 1);
            image.standardSupportEnd = ubuntuStandardSupportEnd(kind->release);
            image.outOfStandardSupport = m_today > image.standardSupportEnd;
            const int index = int(m_images.size());
            m_images.append(image);
            ArmReply *versions =
                m_client->get(m_base + QLatin1Char('/') + seg(offer) + QStringLiteral("/skus/") +
                                  seg(sku) + QStringLiteral("/versions"),
                              api::compute(), QStringLiteral("$top=1&$orderby=name%20desc"));
            track(versions);
            ++m_outstanding;
            connect(versions, &ArmReply::finished, this,
                    [this, versions, index] { versionsDone(versions, index); });
        }
    }
    maybeDone();
}

void UbuntuImagesJob::versionsDone(ArmReply *reply, int index)
{
    reply->deleteLater();
    --m_outstanding;
    if (isFinished())
        return;
    UbuntuImage &image = m_images[index];
    if (!reply->ok()) {
        m_lastError = reply->error();
    } else {
        // The server is asked for the newest only; compare anyway (a server that ignores
        // $top/$orderby answers the whole list, oldest first).
        QString newest;
        for (const QString &v : namesOf(reply)) {
            if (newest.isEmpty() || compareImageVersions(v, newest) > 0)
                newest = v;
        }
        if (!newest.isEmpty() && m_client) {
            ArmReply *one = m_client->get(m_base + QLatin1Char('/') + seg(image.offer) +
                                              QStringLiteral("/skus/") + seg(image.sku) +
                                              QStringLiteral("/versions/") + seg(newest),
                                          api::compute());
            track(one);
            ++m_outstanding;
            image.version = newest;
            connect(one, &ArmReply::finished, this,
                    [this, one, index] { versionDone(one, index); });
        }
    }
    maybeDone();
}

void UbuntuImagesJob::versionDone(ArmReply *reply, int index)
{
    reply->deleteLater();
    --m_outstanding;
    if (isFinished())
        return;
    UbuntuImage &image = m_images[index];
    if (!reply->ok()) {
        m_lastError = reply->error();
        image.version.clear(); // unconfirmed: dropped
    } else {
        const QString gen = parseHyperVGeneration(reply->json());
        if (gen.compare(QLatin1String("V2"), Qt::CaseInsensitive) == 0)
            image.generation = 2;
        else if (gen.compare(QLatin1String("V1"), Qt::CaseInsensitive) == 0)
            image.generation = 1;
        const QString arch = parseArchitecture(reply->json());
        if (!arch.isEmpty())
            image.architecture = arch;
    }
    maybeDone();
}

void UbuntuImagesJob::maybeDone()
{
    if (m_outstanding > 0 || isFinished())
        return;
    QList<UbuntuImage> kept;
    for (const UbuntuImage &i : std::as_const(m_images)) {
        if (i.version.isEmpty())
            continue;
        if (i.architecture.compare(QLatin1String("x64"), Qt::CaseInsensitive) != 0)
            continue; // an Arm64 image needs Arm64 sizes: not offered
        const bool duplicate = std::any_of(kept.cbegin(), kept.cend(), [&i](const UbuntuImage &k) {
            return k.release == i.release && k.generation == i.generation;
        });
        if (!duplicate)
            kept.append(i);
    }
    sortUbuntuImages(kept);
    m_images = kept;
    if (m_images.isEmpty() && m_lastError.isError()) {
        finishWith(m_lastError);
        return;
    }
    finishWith(ArmError());
}

} // namespace dockervm::arm
