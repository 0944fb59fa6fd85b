#include "sim/provisioningcore.h"

#include "classic/xmltree.h"
#include "common/logging.h"

#include <QDateTime>
#include <QUuid>

#include <algorithm>

namespace dockervm::sim::prov {

Core::Core(AzureSimulator *azure, ProvisioningOptions options, QObject *parent)
    : QObject(parent), m_azure(azure), m_options(std::move(options))
{
    m_clock.start();
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &Core::advance);
}

Core::~Core()
{
    if (m_azure) {
        for (const QString &n : std::as_const(m_ownedTakenNames))
            m_azure->state().takenHostedServiceNames.remove(n);
    }
}

void Core::route(const QByteArray &method, const QString &pattern, Handler handler)
{
    if (!m_azure)
        return;
    QPointer<Core> self(this);
    m_azure->addRoute(method, pattern, [self, handler](AzureCall &call) {
        if (!self)
            return AzureSimulator::errorResponse(
                500, QStringLiteral("InternalError"),
                QStringLiteral("The provisioning simulator is gone. Please retry."));
        self->advance();
        HttpResponse r = handler(*self, call);
        self->scheduleNext();
        return r;
    });
}

void Core::addTimeline(Timeline timeline)
{
    m_timelines.append(std::move(timeline));
}

// ------------------------------------------------------------------------------------------
// Clock and operations

QString Core::normalizeId(const QString &id)
{
    QString s = id.toLower();
    s.remove(QLatin1Char('-'));
    s.remove(QLatin1Char('{'));
    s.remove(QLatin1Char('}'));
    return s;
}

QString Core::dashedId(const QString &id)
{
    if (id.size() != 32)
        return id;
    return id.mid(0, 8) + QLatin1Char('-') + id.mid(8, 4) + QLatin1Char('-') + id.mid(12, 4) +
           QLatin1Char('-') + id.mid(16, 4) + QLatin1Char('-') + id.mid(20);
}

QString Core::startOperation(int delayMs, std::function<void()> onDone,
                             const std::optional<OperationFailure> &failure)
{
    Operation op;
    op.id = QString::fromLatin1(QUuid::createUuid().toByteArray(QUuid::Id128));
    op.doneAt = now() + std::max(0, delayMs);
    op.fails = failure.has_value();
    if (failure) {
        op.httpStatus = failure->httpStatus;
        op.errorCode = failure->code;
        op.errorMessage = failure->message;
    }
    op.onDone = std::move(onDone);
    const QString id = op.id;
    m_operations.emplace(id, std::move(op));
    scheduleNext();
    return id;
}

bool Core::operationPending(const QString &id) const
{
    if (id.isEmpty())
        return false;
    const auto it = m_operations.find(id);
    return it != m_operations.end() && !it->second.finished;
}

const Operation *Core::operation(const QString &anyFormId) const
{
    const auto it = m_operations.find(normalizeId(anyFormId));
    return it == m_operations.end() ? nullptr : &it->second;
}

void Core::advance()
{
    if (m_advancing)
        return;
    m_advancing = true;
    const qint64 t = now();
    bool changed = false;

    // Operations, in the order they finish.
    QList<QPair<qint64, QString>> due;
    for (const auto &[id, op] : m_operations) {
        if (!op.finished && op.doneAt <= t)
            due.append({op.doneAt, id});
    }
    std::sort(due.begin(), due.end());
    for (const auto &d : std::as_const(due)) {
        auto it = m_operations.find(d.second);
        if (it == m_operations.end() || it->second.finished)
            continue;
        it->second.finished = true;
        std::function<void()> done = std::move(it->second.onDone);
        const QString status =
            it->second.fails ? QStringLiteral("Failed") : QStringLiteral("Succeeded");
        if (done)
            done();
        changed = true;
        qCDebug(lcSim).noquote() << "operation" << d.second << status;
        emit operationFinished(d.second, status);
    }

    // Whatever else is due (the simulated VMs' Docker hosts).
    for (const Timeline &timeline : std::as_const(m_timelines)) {
        if (timeline.advance && timeline.advance(t))
            changed = true;
    }
    m_advancing = false;
    if (changed)
        emit resourcesChanged();
    scheduleNext();
}

void Core::scheduleNext()
{
    const qint64 t = now();
    qint64 next = -1;
    auto consider = [&](qint64 at) {
        if (at >= 0 && (next < 0 || at < next))
            next = at;
    };
    for (const auto &[id, op] : m_operations) {
        if (!op.finished)
            consider(op.doneAt);
    }
    for (const Timeline &timeline : std::as_const(m_timelines)) {
        if (timeline.nextDue)
            consider(timeline.nextDue());
    }
    if (next < 0) {
        m_timer.stop();
        return;
    }
    m_timer.start(int(std::clamp<qint64>(next - t, 0, 24 * 3600 * 1000)));
}

// ------------------------------------------------------------------------------------------
// Resources

StorageAccount *Core::storage(const QString &name)
{
    const auto it = m_storage.find(name.toLower());
    return it == m_storage.end() ? nullptr : &it->second;
}

const StorageAccount *Core::storage(const QString &name) const
{
    const auto it = m_storage.find(name.toLower());
    return it == m_storage.end() ? nullptr : &it->second;
}

const HostedService *Core::service(const QString &name) const
{
    const auto it = m_services.find(name.toLower());
    return it == m_services.end() ? nullptr : &it->second;
}

HostedService *Core::service(const QString &name)
{
    const auto it = m_services.find(name.toLower());
    return it == m_services.end() ? nullptr : &it->second;
}

void Core::addStorage(StorageAccount account)
{
    const QString key = account.name.toLower();
    m_storage.insert_or_assign(key, std::move(account));
}

void Core::addService(HostedService service)
{
    const QString key = service.name.toLower();
    m_services.insert_or_assign(key, std::move(service));
    if (m_azure)
        m_azure->state().takenHostedServiceNames.insert(key);
    m_ownedTakenNames.append(key);
}

void Core::removeDeployment(HostedService &svc)
{
    if (!svc.deployment)
        return;
    forEachRole(*svc.deployment, [](Deployment &role) {
        if (role.docker) {
            role.docker->close();
            // The host may be inside one of its own callbacks; let it go when the loop is free.
            role.docker.release()->deleteLater();
        }
    });
    qCInfo(lcSim).noquote() << "deployment" << svc.deployment->name << "of" << svc.name
                            << "removed";
    svc.deployment.reset();
}

void Core::removeService(const QString &name)
{
    const auto it = m_services.find(name.toLower());
    if (it == m_services.end())
        return;
    removeDeployment(it->second);
    m_services.erase(it);
    const QString lower = name.toLower();
    if (m_azure)
        m_azure->state().takenHostedServiceNames.remove(lower);
    m_ownedTakenNames.removeAll(lower);
    qCInfo(lcSim).noquote() << "cloud service" << name << "removed";
}

void Core::clear()
{
    QStringList names;
    for (const auto &[key, svc] : m_services)
        names.append(svc.name);
    for (const QString &n : std::as_const(names))
        removeService(n);
    m_storage.clear();
    m_operations.clear();
    m_timer.stop();
    emit resourcesChanged();
}

bool Core::isLocationKnown(const QString &location) const
{
    if (!m_azure)
        return true;
    const auto root = classic::parseXmlDocument(m_azure->state().locationsXml, nullptr);
    if (!root)
        return true; // no list to check against
    const auto all = root->childrenNamed(u"Location");
    if (all.isEmpty())
        return true;
    for (const classic::XmlElement *l : all) {
        if (l->textAt(u"Name").compare(location, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

bool Core::isServiceNameTaken(const QString &name) const
{
    const QString lower = name.toLower();
    return m_services.count(lower) > 0 ||
           (m_azure && m_azure->state().takenHostedServiceNames.contains(lower));
}

QString Core::serviceUrl(const QString &relative) const
{
    if (!m_azure)
        return relative;
    return m_azure->endpoint().toString() + QLatin1Char('/') + m_azure->state().subscriptionId +
           QLatin1Char('/') + relative;
}

QString Core::computeUrl(const QString &serviceName) const
{
    if (!m_azure)
        return serviceName;
    return m_azure->endpoint().toString() + QStringLiteral("/subscriptions/") +
           m_azure->state().subscriptionId + QStringLiteral("/compute/") + serviceName;
}

// ------------------------------------------------------------------------------------------
// Replies

HttpResponse badRequest(const QString &message)
{
    return AzureSimulator::errorResponse(400, QStringLiteral("BadRequest"), message);
}

HttpResponse notFound(const QString &message)
{
    return AzureSimulator::errorResponse(404, QStringLiteral("ResourceNotFound"), message);
}

HttpResponse conflict(const QString &message)
{
    return AzureSimulator::errorResponse(409, QStringLiteral("ConflictError"), message);
}

HttpResponse busy(const QString &operationId)
{
    return conflict(QStringLiteral("Windows Azure is currently performing an operation with "
                                   "x-ms-requestid %1 on this deployment that requires exclusive "
                                   "access.")
                        .arg(operationId));
}

HttpResponse emptyReply(int status)
{
    HttpResponse r = HttpResponse::text(status, QByteArray());
    r.headers.clear();
    return r;
}

HttpResponse accepted(const QString &operationId)
{
    HttpResponse r = emptyReply(202);
    r.setHeader("x-ms-request-id", operationId.toLatin1());
    return r;
}

HttpResponse xmlReply(const QByteArray &body)
{
    return AzureSimulator::xmlResponse(200, body);
}

QString utcNow()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
}

QString base64(const QString &text)
{
    return QString::fromLatin1(text.toUtf8().toBase64());
}

} // namespace dockervm::sim::prov
