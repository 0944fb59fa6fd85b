#pragma once

// The ARM simulator's shared state and the functions of its parts (internal to src/sim).

#include "sim/armsimulator.h"
#include "sim/dockerhost.h"
#include "sim/swarmsim.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QMap>
#include <QObject>
#include <QPointer>
#include <QSet>

#include <functional>
#include <memory>

namespace dockervm::sim::arm {

// One parsed ARM request: the path split into segments, the subscription and group when present.
struct Call
{
    const HttpRequest &request;
    QStringList segments; // decoded path segments, as sent
    QString baseUrl;      // https://<host as the client sent it>
    ArmTokenCheck token;
    QString apiVersion;
};

struct Group
{
    QString subscriptionId;
    QString name;
    QString location;
    QJsonObject tags;
    bool deleting = false;
};

struct NicRef
{
    QString id;  // the referenced resource's id (lower-case)
    QString via; // the referencing sub-resource id (an ipConfiguration), as shown in errors
};

struct Resource
{
    ArmKind kind = ArmKind::VirtualMachine;
    QString subscriptionId;
    QString group; // as the PUT named it
    QString name;
    QString id; // canonical spelling
    QString location;
    QString etag;
    QJsonObject body; // as GET serves it, without provisioningState
    QString provisioningState;
    QList<NicRef> refs; // what this resource uses (NIC: subnet, public IP, NSG; VM: NIC)
    // Public IP
    QString label, fqdn, ipAddress;
    // VM
    QByteArray customData; // base64 as sent; never served
    int vcpus = 0;
    QString hyperVGeneration;
    QDateTime createdAt;
    QDateTime succeededAt;
    bool deleting = false;
};

struct Operation
{
    enum class Shape { Compute, Network, GroupDelete };
    QString id;
    Shape shape = Shape::Network;
    QString subscriptionId;
    QString location;
    QString apiVersion;
    QDateTime startTime;
    QDateTime endTime;
    bool done = false;
    bool failed = false;
    ArmError error;
    std::function<void()> onSuccess; // applied once when it succeeds
    std::function<void()> onFailure;
};

class Core : public QObject
{
    Q_OBJECT
public:
    Core(ArmSimulator *front, ArmSimulator::Options options);
    ~Core() override;

    ArmSimulator *front;
    ArmSimulator::Options options;
    ArmFaults faults;
    std::unique_ptr<HttpServer> server;
    QSslConfiguration tls;
    ArmSimulator::TokenChecker tokenChecker;
    QHash<QByteArray, ArmTokenCheck> testTokens;
    QByteArray caCertPem, caKeyPem, serverCertPem, serverKeyPem;
    QStringList log;
    QByteArray lastVmPutBody;

    QMap<QString, Group> groups;                       // "<sub>/<group>" lower-case
    QMap<QString, Resource> resources;                 // id lower-case
    QHash<QString, std::shared_ptr<Operation>> ops;    // id lower-case
    QHash<QString, ArmDockerEndpoint> endpoints;       // VM id lower-case
    QHash<QString, std::shared_ptr<DockerHost>> hosts; // VM id lower-case
    int nextDockerHost = 10;
    int nextPublicIp = 10;
    // The VNet every simulated VM's Docker host is on: a swarm's nodes join each other's private
    // (10.0.0.x) addresses there.
    std::shared_ptr<SwarmNetwork> swarmNetwork = std::make_shared<SwarmNetwork>();
    QHash<QString, int> remaining; // x-ms-ratelimit-remaining-subscription-* per "<sub>/<kind>"

    // --- armsimulator.cpp: the front door
    HttpResponse handle(const HttpRequest &request);
    ArmTokenCheck checkToken(const QByteArray &bearer) const;
    const ArmSubscription *subscription(const QString &id) const;

    // --- armcatalogue.cpp
    HttpResponse tenants(const Call &call);
    HttpResponse subscriptionsList(const Call &call);
    HttpResponse subscriptionGet(const Call &call, const ArmSubscription &sub);
    HttpResponse locations(const Call &call, const ArmSubscription &sub);
    HttpResponse images(const Call &call, const ArmSubscription &sub); // offers/skus/versions
    HttpResponse resourceSkus(const Call &call, const ArmSubscription &sub);
    HttpResponse vmSizes(const Call &call, const ArmSubscription &sub);
    HttpResponse dnsCheck(const Call &call, const ArmSubscription &sub);
    bool isKnownLocation(const QString &location) const;
    bool isLabelTaken(const QString &label, const QString &location) const;

    // --- armresources.cpp
    HttpResponse groupRoute(const Call &call, const ArmSubscription &sub);
    HttpResponse groupList(const Call &call, const ArmSubscription &sub);
    HttpResponse resourceRoute(const Call &call, const ArmSubscription &sub);
    HttpResponse groupResources(const Call &call, const ArmSubscription &sub);
    HttpResponse securityRuleRoute(const Call &call, const ArmSubscription &sub);
    void removeResource(const QString &key);

    // --- armoperations.cpp
    std::shared_ptr<Operation> startOperation(Operation::Shape shape, const QString &sub,
                                              const QString &location, const QString &apiVersion,
                                              int delayMs, ArmKind kind);
    QString asyncOperationUrl(const Call &call, const Operation &op) const;
    QString locationUrl(const Call &call, const Operation &op) const;
    HttpResponse operationRoute(const Call &call, const ArmSubscription &sub);
    void finish(const std::shared_ptr<Operation> &op);

    // --- armvmboot.cpp
    void scheduleBoot(const QString &vmKey);
    void boot(const QString &vmKey);
    void stopDockerHost(const QString &vmKey);
    const Resource *publicIpOfVm(const Resource &vm) const;
};

// Shared helpers.
QByteArray toJson(const QJsonObject &o);
HttpResponse jsonResponse(int status, const QJsonObject &body);
HttpResponse jsonResponse(int status, const QJsonArray &body);
HttpResponse errorResponse(const ArmError &error, bool withDetails = false);
HttpResponse errorResponse(int status, const QString &code, const QString &message,
                           bool withDetails = false);
QString newGuid();
QString isoTime(const QDateTime &t);
QString kindType(ArmKind kind); // Microsoft.Network/publicIPAddresses …
QString kindName(ArmKind kind); // for logs

// The catalogue's sizes and images.
struct VmSize
{
    QString name;
    int vcpus = 1;
    QString memoryGb;
    QString hyperVGenerations; // "V1" or "V1,V2"
    QString family;
};
const QList<VmSize> &vmSizeCatalogue();
const VmSize *findVmSize(const QString &name);

struct ImageSku
{
    QString offer;
    QString sku;
    QString hyperVGeneration;                     // V1 | V2
    QStringList versions;                         // oldest first
    QString architecture = QStringLiteral("x64"); // x64 | Arm64
};
const QList<ImageSku> &imageCatalogue();
const ImageSku *findImage(const QString &offer, const QString &sku);

} // namespace dockervm::sim::arm
