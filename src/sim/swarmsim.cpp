#include "sim/swarmsim.h"

#include "common/logging.h"

#include <QDateTime>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QRegularExpression>

namespace dockervm::sim {
namespace {

const QString kNoSwarmManager = QStringLiteral(
    "This node is not a swarm manager. Use \"docker swarm init\" or \"docker swarm join\" to "
    "connect this node to swarm and try again.");
const QString kNotManager = QStringLiteral(
    "This node is not a swarm manager. Worker nodes can't be used to view or modify cluster "
    "state. Please run this command on a manager node or promote the current node to a manager.");
const QString kSwarmExists =
    QStringLiteral("This node is already part of a swarm. Use \"docker swarm leave\" to leave "
                   "this swarm and join another one.");
const QString kNoSwarm = QStringLiteral("This node is not part of a swarm");
const QString kNoLeader = QStringLiteral(
    "rpc error: code = Unknown desc = The swarm does not have a leader. It's possible that too "
    "few managers are online. Make sure more than half of the managers are online.");

HttpResponse jsonReply(int status, const QJsonValue &v)
{
    QByteArray body;
    if (v.isObject())
        body = QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact);
    else if (v.isArray())
        body = QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact);
    else // a JSON string (the node ID of swarm init)
        body = QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact).mid(1).chopped(1);
    return HttpResponse::text(status, body + '\n', "application/json");
}

HttpResponse message(int status, const QString &text)
{
    return jsonReply(status, QJsonObject{{QStringLiteral("message"), text}});
}

HttpResponse emptyOk()
{
    HttpResponse r = HttpResponse::text(200, {}, "text/plain; charset=utf-8");
    return r;
}

QString randomId(int length)
{
    static const char alphabet[] = "abcdefghijklmnopqrstuvwxyz0123456789";
    QString s;
    s.reserve(length);
    for (int i = 0; i < length; ++i)
        s += QLatin1Char(alphabet[QRandomGenerator::global()->bounded(36)]);
    return s;
}

QString timestamp()
{
    // RFC 3339 with nanoseconds, as swarmkit's timestamps.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    return now.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz")) + QStringLiteral("000000Z");
}

bool splitHostPort(const QString &addr, QString *ip, int *port)
{
    // "10.0.0.4:2377", "10.0.0.4" (port 2377), "[fd00::4]:2377", "fd00::4".
    static const QRegularExpression re(
        QStringLiteral("^(?:\\[([0-9A-Fa-f:.]+)\\]|([0-9.]+))(?::(\\d+))?$|^([0-9A-Fa-f:]+)$"));
    const auto m = re.match(addr.trimmed());
    if (!m.hasMatch())
        return false;
    *ip = !m.captured(1).isEmpty()   ? m.captured(1)
          : !m.captured(2).isEmpty() ? m.captured(2)
                                     : m.captured(4);
    if (QHostAddress(*ip).isNull())
        return false;
    *port = m.captured(3).isEmpty() ? 2377 : m.captured(3).toInt();
    return *port > 0 && *port < 65536;
}

} // namespace

SwarmNetwork::SwarmNetwork() : SwarmNetwork(Options{}) {}

SwarmNetwork::SwarmNetwork(Options options) : m_options(options)
{
    m_clock.start();
}

SwarmNetwork::~SwarmNetwork() = default;

int SwarmNetwork::attach(const QString &privateAddress, const QString &hostname,
                         const QString &engineVersion)
{
    const int handle = m_nextHost++;
    m_hosts[handle] = Host{privateAddress, hostname, engineVersion, true, {}, {}};
    return handle;
}

void SwarmNetwork::detach(int host)
{
    const auto it = m_hosts.find(host);
    if (it == m_hosts.end())
        return;
    const QString swarmId = it->second.swarmId;
    m_hosts.erase(it);
    if (const auto s = m_swarms.find(swarmId); s != m_swarms.end()) {
        for (auto &n : s->second.nodes)
            if (n.host == host)
                n.host = -1; // down from now on
        electLeader(s->second);
        dropIfEmpty(swarmId);
    }
}

bool SwarmNetwork::nodeUp(const Node &node) const
{
    return !node.left && node.host >= 0 && m_hosts.count(node.host) != 0;
}

QString SwarmNetwork::stateOf(const Node &node) const
{
    if (!nodeUp(node))
        return QStringLiteral("down");
    if (m_clock.elapsed() - node.joinedAt < m_options.readyDelayMs)
        return QStringLiteral("unknown");
    return QStringLiteral("ready");
}

bool SwarmNetwork::hasQuorum(const Swarm &swarm) const
{
    int managers = 0;
    int up = 0;
    for (const auto &n : swarm.nodes)
        if (n.role == QLatin1String("manager")) {
            ++managers;
            up += nodeUp(n) ? 1 : 0;
        }
    return managers > 0 && up * 2 > managers;
}

void SwarmNetwork::electLeader(Swarm &swarm)
{
    for (const auto &n : swarm.nodes)
        if (n.id == swarm.leaderId && nodeUp(n) && n.role == QLatin1String("manager"))
            return;
    swarm.leaderId.clear();
    if (!hasQuorum(swarm))
        return;
    for (const auto &n : swarm.nodes)
        if (n.role == QLatin1String("manager") && nodeUp(n)) {
            swarm.leaderId = n.id;
            return;
        }
}

void SwarmNetwork::dropIfEmpty(const QString &swarmId)
{
    const auto s = m_swarms.find(swarmId);
    if (s == m_swarms.end())
        return;
    for (const auto &n : s->second.nodes)
        if (nodeUp(n))
            return;
    m_swarms.erase(s);
}

QString SwarmNetwork::token(const Swarm &swarm, bool manager) const
{
    return QStringLiteral("SWMTKN-1-%1-%2")
        .arg(swarm.digest, manager ? swarm.managerSecret : swarm.workerSecret);
}

bool SwarmNetwork::validListen(const Host &h, const QString &addr, QString *ip, int *port) const
{
    if (!splitHostPort(addr, ip, port))
        return false;
    return *ip == QLatin1String("0.0.0.0") || *ip == QLatin1String("::") || *ip == h.address;
}

QString SwarmNetwork::localNodeState(int host) const
{
    const auto it = m_hosts.find(host);
    return it != m_hosts.end() && !it->second.swarmId.isEmpty() ? QStringLiteral("active")
                                                                : QStringLiteral("inactive");
}

QString SwarmNetwork::nodeId(int host) const
{
    const auto it = m_hosts.find(host);
    return it == m_hosts.end() ? QString() : it->second.nodeId;
}

QJsonObject SwarmNetwork::infoSwarm(int host) const
{
    const auto it = m_hosts.find(host);
    const auto s = it == m_hosts.end() ? m_swarms.end() : m_swarms.find(it->second.swarmId);
    if (s == m_swarms.end())
        return QJsonObject{{QStringLiteral("NodeID"), QString()},
                           {QStringLiteral("NodeAddr"), QString()},
                           {QStringLiteral("LocalNodeState"), QStringLiteral("inactive")},
                           {QStringLiteral("ControlAvailable"), false},
                           {QStringLiteral("Error"), QString()},
                           {QStringLiteral("RemoteManagers"), QJsonValue::Null}};
    const Swarm &swarm = s->second;
    const Node *self = nullptr;
    QJsonArray remotes;
    int managers = 0;
    for (const auto &n : swarm.nodes) {
        if (n.id == it->second.nodeId)
            self = &n;
        if (n.role == QLatin1String("manager")) {
            ++managers;
            remotes.append(QJsonObject{{QStringLiteral("NodeID"), n.id},
                                       {QStringLiteral("Addr"), n.managerAddr}});
        }
    }
    const bool manager = self && self->role == QLatin1String("manager");
    QJsonObject o{{QStringLiteral("NodeID"), it->second.nodeId},
                  {QStringLiteral("NodeAddr"), self ? self->addr : QString()},
                  {QStringLiteral("LocalNodeState"), QStringLiteral("active")},
                  {QStringLiteral("ControlAvailable"), manager},
                  {QStringLiteral("Error"), QString()},
                  {QStringLiteral("RemoteManagers"), remotes}};
    if (manager) {
        o.insert(QStringLiteral("Nodes"), int(swarm.nodes.size()));
        o.insert(QStringLiteral("Managers"), managers);
        o.insert(
            QStringLiteral("Cluster"),
            QJsonObject{
                {QStringLiteral("ID"), swarm.id},
                {QStringLiteral("Version"), QJsonObject{{QStringLiteral("Index"), swarm.version}}},
                {QStringLiteral("CreatedAt"), swarm.createdAt},
                {QStringLiteral("UpdatedAt"), swarm.updatedAt},
                {QStringLiteral("RootRotationInProgress"), false},
                {QStringLiteral("DefaultAddrPool"), QJsonArray{QStringLiteral("10.0.0.0/8")}},
                {QStringLiteral("SubnetSize"), 24},
                {QStringLiteral("DataPathPort"), 4789}});
    }
    return o;
}

std::optional<HttpResponse> SwarmNetwork::handle(int host, const QByteArray &method,
                                                 const QString &path, const QUrlQuery &query,
                                                 const QByteArray &body)
{
    if (m_hosts.count(host) == 0)
        return std::nullopt;
    const bool force = query.queryItemValue(QStringLiteral("force")) == QLatin1String("true") ||
                       query.queryItemValue(QStringLiteral("force")) == QLatin1String("1");
    if (path == QLatin1String("/swarm/init") && method == "POST")
        return init(host, body);
    if (path == QLatin1String("/swarm/join") && method == "POST")
        return join(host, body);
    if (path == QLatin1String("/swarm/leave") && method == "POST")
        return leave(host, force);
    if (path == QLatin1String("/swarm") && method == "GET")
        return inspect(host);
    if (path == QLatin1String("/nodes") && method == "GET")
        return listNodes(host);
    static const QRegularExpression nodePath(QStringLiteral("^/nodes/([^/]+)(/update)?$"));
    if (const auto m = nodePath.match(path); m.hasMatch()) {
        const QString ref = m.captured(1);
        if (m.captured(2).isEmpty() && method == "GET")
            return getNode(host, ref);
        if (m.captured(2).isEmpty() && method == "DELETE")
            return removeNode(host, ref, force);
        if (!m.captured(2).isEmpty() && method == "POST")
            return updateNode(host, ref, query, body);
    }
    if (path.startsWith(QLatin1String("/swarm")) || path.startsWith(QLatin1String("/nodes")))
        return message(404, QStringLiteral("page not found"));
    return std::nullopt;
}

HttpResponse SwarmNetwork::init(int host, const QByteArray &body)
{
    Host &h = m_hosts.at(host);
    if (!h.swarmId.isEmpty())
        return message(503, kSwarmExists);
    const QJsonObject req = QJsonDocument::fromJson(body).object();
    QString listen = req.value(QStringLiteral("ListenAddr")).toString();
    if (listen.isEmpty())
        listen = QStringLiteral("0.0.0.0:2377");
    QString listenIp;
    int port = 0;
    if (!validListen(h, listen, &listenIp, &port))
        return message(500, QStringLiteral("failed to listen on remote API address: listen tcp "
                                           "%1: bind: cannot assign requested address")
                                .arg(listen));
    QString advertise = req.value(QStringLiteral("AdvertiseAddr")).toString();
    QString advIp = h.address;
    int advPort = port;
    if (!advertise.isEmpty() && !splitHostPort(advertise, &advIp, &advPort))
        return message(400, QStringLiteral("invalid AdvertiseAddr \"%1\": address %1: missing "
                                           "port in address")
                                .arg(advertise));
    Swarm swarm;
    swarm.id = randomId(25);
    swarm.createdAt = swarm.updatedAt = timestamp();
    swarm.digest = randomId(50);
    swarm.workerSecret = randomId(25);
    swarm.managerSecret = randomId(25);
    Node node;
    node.id = randomId(25);
    node.host = host;
    node.role = QStringLiteral("manager");
    node.version = 9;
    node.createdAt = node.updatedAt = swarm.createdAt;
    node.joinedAt = m_clock.elapsed() - m_options.readyDelayMs; // the first node is up at once
    node.addr = advIp;
    node.managerAddr = advIp + QLatin1Char(':') + QString::number(advPort);
    node.hostname = h.hostname;
    node.engineVersion = h.engineVersion;
    swarm.leaderId = node.id;
    swarm.nodes.push_back(node);
    h.swarmId = swarm.id;
    h.nodeId = node.id;
    const QString id = node.id;
    m_swarms[swarm.id] = std::move(swarm);
    qCInfo(lcSim).noquote() << "simulated swarm: init on" << h.hostname << "advertising"
                            << advIp + QLatin1Char(':') + QString::number(advPort);
    return jsonReply(200, id);
}

HttpResponse SwarmNetwork::join(int host, const QByteArray &body)
{
    Host &h = m_hosts.at(host);
    if (!h.swarmId.isEmpty())
        return message(503, kSwarmExists);
    const QJsonObject req = QJsonDocument::fromJson(body).object();
    QString listen = req.value(QStringLiteral("ListenAddr")).toString();
    if (listen.isEmpty())
        listen = QStringLiteral("0.0.0.0:2377");
    QString listenIp;
    int listenPort = 0;
    if (!validListen(h, listen, &listenIp, &listenPort))
        return message(500, QStringLiteral("failed to listen on remote API address: listen tcp "
                                           "%1: bind: cannot assign requested address")
                                .arg(listen));
    const QJsonArray remotes = req.value(QStringLiteral("RemoteAddrs")).toArray();
    if (remotes.isEmpty())
        return message(400, QStringLiteral("at least 1 RemoteAddr is required to join"));
    const QString tokenText = req.value(QStringLiteral("JoinToken")).toString();
    static const QRegularExpression tokenForm(
        QStringLiteral("^SWMTKN-1-([0-9a-z]{50})-([0-9a-z]{25})$"));
    const auto t = tokenForm.match(tokenText);
    if (!t.hasMatch())
        return message(500, QStringLiteral("invalid join token"));
    // The manager at one of the remote addresses (its advertised private address and port).
    Swarm *target = nullptr;
    QString remote;
    for (const auto &r : remotes) {
        QString ip;
        int port = 0;
        if (!splitHostPort(r.toString(), &ip, &port))
            return message(400, QStringLiteral("invalid remote address %1").arg(r.toString()));
        remote = ip + QLatin1Char(':') + QString::number(port);
        for (auto &[id, s] : m_swarms)
            for (const auto &n : s.nodes)
                if (n.role == QLatin1String("manager") && nodeUp(n) && n.managerAddr == remote)
                    target = &s;
        if (target)
            break;
    }
    if (!target)
        return message(503, QStringLiteral("rpc error: code = Unavailable desc = connection "
                                           "error: desc = \"transport: Error while dialing dial "
                                           "tcp %1: connect: connection refused\"")
                                .arg(remote));
    if (target->leaderId.isEmpty())
        return message(503, kNoLeader);
    const bool asManager =
        t.captured(1) == target->digest && t.captured(2) == target->managerSecret;
    const bool asWorker = t.captured(1) == target->digest && t.captured(2) == target->workerSecret;
    if (!asManager && !asWorker)
        return message(400, QStringLiteral("rpc error: code = InvalidArgument desc = A valid join "
                                           "token is necessary to join this cluster"));
    QString advertise = req.value(QStringLiteral("AdvertiseAddr")).toString();
    QString advIp = listenIp == QLatin1String("0.0.0.0") ? h.address : listenIp;
    int advPort = listenPort;
    if (!advertise.isEmpty() && !splitHostPort(advertise, &advIp, &advPort))
        return message(400, QStringLiteral("invalid AdvertiseAddr \"%1\"").arg(advertise));
    Node node;
    node.id = randomId(25);
    node.host = host;
    node.role = asManager ? QStringLiteral("manager") : QStringLiteral("worker");
    node.version = 9;
    node.createdAt = node.updatedAt = timestamp();
    node.joinedAt = m_clock.elapsed();
    node.addr = advIp;
    if (asManager)
        node.managerAddr = advIp + QLatin1Char(':') + QString::number(advPort);
    node.hostname = h.hostname;
    node.engineVersion = h.engineVersion;
    target->nodes.push_back(node);
    h.swarmId = target->id;
    h.nodeId = node.id;
    qCInfo(lcSim).noquote() << "simulated swarm:" << h.hostname << "joined as" << node.role
                            << "through" << remote;
    return emptyOk();
}

HttpResponse SwarmNetwork::leave(int host, bool force)
{
    Host &h = m_hosts.at(host);
    const auto s = m_swarms.find(h.swarmId);
    if (s == m_swarms.end())
        return message(503, kNoSwarm);
    Swarm &swarm = s->second;
    Node *self = findNode(swarm, h.nodeId);
    if (self && self->role == QLatin1String("manager") && !force) {
        int up = 0;
        int managers = 0;
        for (const auto &n : swarm.nodes)
            if (n.role == QLatin1String("manager")) {
                ++managers;
                up += nodeUp(n) ? 1 : 0;
            }
        QString msg = QStringLiteral("You are attempting to leave the swarm on a node that is "
                                     "participating as a manager. ");
        if (up == 1)
            return message(503, msg + QStringLiteral("Removing the last manager erases all "
                                                     "current state of the swarm. Use `--force` "
                                                     "to ignore this message. "));
        if ((up - 1) * 2 <= managers)
            msg += QStringLiteral("Removing this node leaves %1 managers out of %2. Without a "
                                  "Raft quorum your swarm will be inaccessible. ")
                       .arg(up - 1)
                       .arg(managers);
        return message(503, msg + QStringLiteral("The only way to restore a swarm that has lost "
                                                 "consensus is to reinitialize it with "
                                                 "`--force-new-cluster`. Use `--force` to "
                                                 "suppress this message."));
    }
    if (self)
        self->left = true;
    const QString swarmId = h.swarmId;
    h.swarmId.clear();
    h.nodeId.clear();
    electLeader(swarm);
    dropIfEmpty(swarmId);
    qCInfo(lcSim).noquote() << "simulated swarm:" << h.hostname << "left the swarm";
    return emptyOk();
}

SwarmNetwork::Swarm *SwarmNetwork::managed(int host, HttpResponse *refusal)
{
    const Host &h = m_hosts.at(host);
    const auto s = m_swarms.find(h.swarmId);
    if (s == m_swarms.end()) {
        *refusal = message(503, kNoSwarmManager);
        return nullptr;
    }
    const Node *self = findNode(s->second, h.nodeId);
    if (!self || self->role != QLatin1String("manager")) {
        *refusal = message(503, kNotManager);
        return nullptr;
    }
    if (s->second.leaderId.isEmpty()) {
        *refusal = message(503, kNoLeader);
        return nullptr;
    }
    return &s->second;
}

SwarmNetwork::Node *SwarmNetwork::findNode(Swarm &swarm, const QString &ref)
{
    if (ref.isEmpty())
        return nullptr;
    for (auto &n : swarm.nodes)
        if (n.id == ref)
            return &n;
    Node *found = nullptr;
    for (auto &n : swarm.nodes)
        if (n.hostname == ref || n.name == ref || n.id.startsWith(ref)) {
            if (found) // ambiguous
                return nullptr;
            found = &n;
        }
    return found;
}

QJsonObject SwarmNetwork::nodeJson(const Swarm &swarm, const Node &n) const
{
    QJsonObject spec{{QStringLiteral("Labels"), n.labels},
                     {QStringLiteral("Role"), n.role},
                     {QStringLiteral("Availability"), n.availability}};
    if (!n.name.isEmpty())
        spec.insert(QStringLiteral("Name"), n.name);
    QJsonObject o{
        {QStringLiteral("ID"), n.id},
        {QStringLiteral("Version"), QJsonObject{{QStringLiteral("Index"), n.version}}},
        {QStringLiteral("CreatedAt"), n.createdAt},
        {QStringLiteral("UpdatedAt"), n.updatedAt},
        {QStringLiteral("Spec"), spec},
        {QStringLiteral("Description"),
         QJsonObject{{QStringLiteral("Hostname"), n.hostname},
                     {QStringLiteral("Platform"),
                      QJsonObject{{QStringLiteral("Architecture"), QStringLiteral("x86_64")},
                                  {QStringLiteral("OS"), QStringLiteral("linux")}}},
                     {QStringLiteral("Resources"),
                      QJsonObject{{QStringLiteral("NanoCPUs"), 2000000000.0},
                                  {QStringLiteral("MemoryBytes"), 8341037056.0}}},
                     {QStringLiteral("Engine"),
                      QJsonObject{{QStringLiteral("EngineVersion"), n.engineVersion},
                                  {QStringLiteral("Plugins"), QJsonArray()}}},
                     {QStringLiteral("TLSInfo"),
                      QJsonObject{{QStringLiteral("TrustRoot"), QString()},
                                  {QStringLiteral("CertIssuerSubject"), QString()},
                                  {QStringLiteral("CertIssuerPublicKey"), QString()}}}}},
        {QStringLiteral("Status"),
         QJsonObject{{QStringLiteral("State"), stateOf(n)}, {QStringLiteral("Addr"), n.addr}}}};
    if (n.role == QLatin1String("manager")) {
        const QString state = stateOf(n);
        const QString reach = state == QLatin1String("ready")     ? QStringLiteral("reachable")
                              : state == QLatin1String("unknown") ? QStringLiteral("unknown")
                                                                  : QStringLiteral("unreachable");
        QJsonObject ms{{QStringLiteral("Reachability"), reach},
                       {QStringLiteral("Addr"), n.managerAddr}};
        if (n.id == swarm.leaderId)
            ms.insert(QStringLiteral("Leader"), true);
        o.insert(QStringLiteral("ManagerStatus"), ms);
    }
    return o;
}

HttpResponse SwarmNetwork::inspect(int host)
{
    HttpResponse refusal;
    Swarm *swarm = managed(host, &refusal);
    if (!swarm)
        return refusal;
    const QJsonObject spec{
        {QStringLiteral("Name"), QStringLiteral("default")},
        {QStringLiteral("Labels"), QJsonObject()},
        {QStringLiteral("Orchestration"),
         QJsonObject{{QStringLiteral("TaskHistoryRetentionLimit"), 5}}},
        {QStringLiteral("Raft"), QJsonObject{{QStringLiteral("SnapshotInterval"), 10000},
                                             {QStringLiteral("KeepOldSnapshots"), 0},
                                             {QStringLiteral("LogEntriesForSlowFollowers"), 500},
                                             {QStringLiteral("ElectionTick"), 10},
                                             {QStringLiteral("HeartbeatTick"), 1}}},
        {QStringLiteral("Dispatcher"),
         QJsonObject{{QStringLiteral("HeartbeatPeriod"), 5000000000.0}}},
        {QStringLiteral("CAConfig"),
         QJsonObject{{QStringLiteral("NodeCertExpiry"), 7776000000000000.0}}},
        {QStringLiteral("TaskDefaults"), QJsonObject()},
        {QStringLiteral("EncryptionConfig"),
         QJsonObject{{QStringLiteral("AutoLockManagers"), false}}}};
    return jsonReply(
        200,
        QJsonObject{
            {QStringLiteral("ID"), swarm->id},
            {QStringLiteral("Version"), QJsonObject{{QStringLiteral("Index"), swarm->version}}},
            {QStringLiteral("CreatedAt"), swarm->createdAt},
            {QStringLiteral("UpdatedAt"), swarm->updatedAt},
            {QStringLiteral("Spec"), spec},
            {QStringLiteral("TLSInfo"),
             QJsonObject{{QStringLiteral("TrustRoot"), QString()},
                         {QStringLiteral("CertIssuerSubject"), QString()},
                         {QStringLiteral("CertIssuerPublicKey"), QString()}}},
            {QStringLiteral("RootRotationInProgress"), false},
            {QStringLiteral("DefaultAddrPool"), QJsonArray{QStringLiteral("10.0.0.0/8")}},
            {QStringLiteral("SubnetSize"), 24},
            {QStringLiteral("DataPathPort"), 4789},
            {QStringLiteral("JoinTokens"),
             QJsonObject{{QStringLiteral("Worker"), token(*swarm, false)},
                         {QStringLiteral("Manager"), token(*swarm, true)}}}});
}

HttpResponse SwarmNetwork::listNodes(int host)
{
    HttpResponse refusal;
    Swarm *swarm = managed(host, &refusal);
    if (!swarm)
        return refusal;
    QJsonArray list;
    for (const auto &n : swarm->nodes)
        list.append(nodeJson(*swarm, n));
    return jsonReply(200, list);
}

HttpResponse SwarmNetwork::getNode(int host, const QString &ref)
{
    HttpResponse refusal;
    Swarm *swarm = managed(host, &refusal);
    if (!swarm)
        return refusal;
    const Node *n = findNode(*swarm, ref);
    if (!n)
        return message(404, QStringLiteral("node %1 not found").arg(ref));
    return jsonReply(200, nodeJson(*swarm, *n));
}

HttpResponse SwarmNetwork::updateNode(int host, const QString &ref, const QUrlQuery &query,
                                      const QByteArray &body)
{
    HttpResponse refusal;
    Swarm *swarm = managed(host, &refusal);
    if (!swarm)
        return refusal;
    Node *n = findNode(*swarm, ref);
    if (!n)
        return message(404, QStringLiteral("node %1 not found").arg(ref));
    bool ok = false;
    const QString v = query.queryItemValue(QStringLiteral("version"));
    const qint64 version = v.toLongLong(&ok);
    if (!ok)
        return message(400, QStringLiteral("invalid node version '%1': strconv.ParseUint: "
                                           "parsing \"%1\": invalid syntax")
                                .arg(v));
    if (version != n->version)
        return message(500, QStringLiteral("rpc error: code = Unknown desc = update out of "
                                           "sequence"));
    const QJsonObject spec = QJsonDocument::fromJson(body).object();
    const QString availability = spec.value(QStringLiteral("Availability")).toString();
    const QString role = spec.value(QStringLiteral("Role")).toString();
    if (!availability.isEmpty() && availability != QLatin1String("active") &&
        availability != QLatin1String("pause") && availability != QLatin1String("drain"))
        return message(400, QStringLiteral("invalid Availability: \"%1\"").arg(availability));
    if (!role.isEmpty() && role != QLatin1String("manager") && role != QLatin1String("worker"))
        return message(400, QStringLiteral("invalid Role: \"%1\"").arg(role));
    if (!availability.isEmpty())
        n->availability = availability;
    if (!role.isEmpty() && role != n->role) {
        n->role = role;
        if (role == QLatin1String("manager"))
            n->managerAddr = n->addr + QStringLiteral(":2377");
        else
            n->managerAddr.clear();
        electLeader(*swarm);
    }
    n->labels = spec.value(QStringLiteral("Labels")).toObject();
    n->name = spec.value(QStringLiteral("Name")).toString();
    n->version += 1;
    n->updatedAt = timestamp();
    return emptyOk();
}

HttpResponse SwarmNetwork::removeNode(int host, const QString &ref, bool force)
{
    HttpResponse refusal;
    Swarm *swarm = managed(host, &refusal);
    if (!swarm)
        return refusal;
    Node *n = findNode(*swarm, ref);
    if (!n)
        return message(404, QStringLiteral("node %1 not found").arg(ref));
    if (n->role == QLatin1String("manager"))
        return message(400, QStringLiteral("rpc error: code = FailedPrecondition desc = node %1 "
                                           "is a cluster manager and is a member of the raft "
                                           "cluster. It must be demoted to worker before "
                                           "removal")
                                .arg(n->id));
    if (!force && stateOf(*n) != QLatin1String("down"))
        return message(400, QStringLiteral("rpc error: code = FailedPrecondition desc = node %1 "
                                           "is not down and can't be removed")
                                .arg(n->id));
    // A forced removal of a live node: it is thrown out and is no swarm member any more.
    if (const auto h = m_hosts.find(n->host);
        h != m_hosts.end() && h->second.nodeId == n->id && !n->left) {
        h->second.swarmId.clear();
        h->second.nodeId.clear();
    }
    const QString id = n->id;
    swarm->nodes.erase(std::remove_if(swarm->nodes.begin(), swarm->nodes.end(),
                                      [&](const Node &x) { return x.id == id; }),
                       swarm->nodes.end());
    return emptyOk();
}

} // namespace dockervm::sim
