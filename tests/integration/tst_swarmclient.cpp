// SwarmClient and SwarmFormation against scripted daemons (sim::DockerHost's TLS server with our
// own handler) on loopback with real mutual TLS: what a real dockerd does not do on demand —
// hostile error texts, an API without swarm mode, answers of the wrong shape, a node that never
// becomes ready — plus the option checks and that no token reaches any log.
// tst_realswarm covers the real daemons.
#include "certs_testpki.h"
#include "docker/swarm.h"
#include "sim/dockerhost.h"
#include "sim/httpserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace dockervm;
using namespace dockervm::docker;

namespace {

QStringList g_logged;
QtMessageHandler g_previous = nullptr;

void capture(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    g_logged << QString::fromLatin1(context.category ? context.category : "") + QLatin1Char(' ') +
                    message;
    if (g_previous && type != QtDebugMsg)
        g_previous(type, context, message);
}

sim::HttpResponse json(int status, const QJsonValue &v)
{
    sim::HttpResponse r;
    r.status = status;
    r.body = v.isObject() ? QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact)
                          : QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact);
    r.setHeader("Content-Type", "application/json");
    return r;
}

sim::HttpResponse version(const QString &api = QStringLiteral("1.41"))
{
    return json(200, QJsonObject{{QStringLiteral("ApiVersion"), api},
                                 {QStringLiteral("MinAPIVersion"), QStringLiteral("1.12")},
                                 {QStringLiteral("Version"), QStringLiteral("20.10.24")}});
}

// A minimal model of one swarm node's API for the formation: inactive until init/join.
struct FakeNode
{
    QString id;
    bool active = false;
    bool manager = false;
    QStringList paths; // every request target, in order
    QList<QByteArray> bodies;
};

} // namespace

class TstSwarmClient : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void optionsAreChecked();
    void daemonErrorIsTranslatedAndNeutralized();
    void apiWithoutSwarmMode();
    void wrongShapedAnswers();
    void nodeNeverReadyIsNamedWithinTheBound();
    void tokensNeverLogged();
    void membershipChangesWaitLonger();

private:
    std::unique_ptr<sim::DockerHost> host(const sim::HttpServer::Handler &handler);
    EngineEndpoint endpoint(const sim::DockerHost &h) const;
    template <typename T, typename Call> SwarmOutcome<T> wait(Call call);

    QTemporaryDir m_tmp;
    TestPki m_pki;
};

void TstSwarmClient::initTestCase()
{
    qRegisterMetaType<SwarmFormationResult>();
    QVERIFY(m_tmp.isValid());
    QString error;
    QVERIFY2(m_pki.create(m_tmp.path() + QStringLiteral("/pki"), {QStringLiteral("localhost")},
                          {QHostAddress(QHostAddress::LocalHost)}, certs::KeyType::EcdsaP256, 30,
                          &error),
             qPrintable(error));
}

std::unique_ptr<sim::DockerHost> TstSwarmClient::host(const sim::HttpServer::Handler &handler)
{
    sim::DockerHost::Options o;
    o.caPem = m_pki.ca.certificatePem;
    o.serverCertPem = m_pki.server.certificatePem;
    o.serverKeyPem = m_pki.server.privateKeyPem;
    auto h = std::make_unique<sim::DockerHost>(o);
    if (!h->listen())
        return nullptr;
    h->httpServer()->setHandler(handler);
    return h;
}

EngineEndpoint TstSwarmClient::endpoint(const sim::DockerHost &h) const
{
    EngineEndpoint e;
    e.host = QStringLiteral("localhost");
    e.port = h.port();
    e.certDir = m_pki.dir;
    e.timeoutMs = 10000;
    return e;
}

template <typename T, typename Call> SwarmOutcome<T> TstSwarmClient::wait(Call call)
{
    SwarmOutcome<T> out;
    bool done = false;
    call([&](const SwarmOutcome<T> &o) {
        out = o;
        done = true;
    });
    [&] {
        QTRY_VERIFY_WITH_TIMEOUT(done, 20000);
    }();
    return out;
}

void TstSwarmClient::optionsAreChecked()
{
    SwarmFormationOptions o;
    EngineEndpoint e;
    e.host = QStringLiteral("a.example");
    e.certDir = QStringLiteral("/certs");
    o.nodes = {{QStringLiteral("web-1"), e, QStringLiteral("10.0.0.4")},
               {QStringLiteral("web-1"), e, QStringLiteral("10.0.0.5")},
               {QStringLiteral("web-3"), e, QStringLiteral("web-3.cloudapp.net")}};
    o.managers = 2;
    const QStringList problems = SwarmFormation::validate(o);
    const QString all = problems.join(QLatin1Char('\n'));
    QCOMPARE(problems.size(), 3);
    QVERIFY2(all.contains(QStringLiteral("2 managers for 3 nodes: the number of managers must be "
                                         "odd")),
             qPrintable(all));
    QVERIFY2(all.contains(QStringLiteral("The node name web-1 is given twice")), qPrintable(all));
    QVERIFY2(all.contains(QStringLiteral("Node web-3: the private address 'web-3.cloudapp.net' is "
                                         "not an IP address")),
             qPrintable(all));

    o.managers = 5;
    QVERIFY(SwarmFormation::validate(o).join(' ').contains(QStringLiteral("at most the number of "
                                                                          "nodes")));

    // start() with bad options: finished() later (never inside start()), nothing contacted.
    SwarmFormation f(o);
    QSignalSpy finished(&f, &SwarmFormation::finished);
    f.start();
    QCOMPARE(finished.size(), 0);
    QVERIFY(finished.wait(5000));
    const auto r = finished.first().first().value<SwarmFormationResult>();
    QVERIFY(!r.ok);
    QVERIFY(r.summary.contains(QStringLiteral("5 managers for 3 nodes")));
}

void TstSwarmClient::daemonErrorIsTranslatedAndNeutralized()
{
    FakeNode node;
    auto h = host([&](const sim::HttpRequest &req) {
        node.paths << QString::fromUtf8(req.target);
        node.bodies << req.body;
        if (req.path == QLatin1String("/version"))
            return version();
        return json(503, QJsonObject{{QStringLiteral("message"),
                                      QStringLiteral("This node is already part of a swarm. "
                                                     "\x1b[2J\r✓ all good")}});
    });
    QVERIFY(h);
    SwarmClient client(endpoint(*h), QStringLiteral("web-1"));
    const auto out = wait<QString>([&](auto done) {
        client.init({QStringLiteral("10.0.0.4:2377"), QStringLiteral("10.0.0.4:2377"), {}}, done);
    });
    QCOMPARE(out.error.kind, SwarmErrorKind::AlreadyInSwarm);
    QCOMPARE(out.error.httpStatus, 503);
    QVERIFY2(out.error.message.startsWith(QStringLiteral("web-1 (localhost:%1) is already part of "
                                                         "a swarm")
                                              .arg(h->port())),
             qPrintable(out.error.message));
    QVERIFY(!out.error.message.contains(QChar(0x1b)));
    QVERIFY(!out.error.message.contains(QLatin1Char('\r')));
    QVERIFY2(out.error.message.contains(QStringLiteral("\\x1b[2J\\x0d")),
             qPrintable(out.error.message));
    // Negotiated once, then versioned paths; the body carries the private addresses.
    QCOMPARE(node.paths,
             (QStringList{QStringLiteral("/version"), QStringLiteral("/v1.41/swarm/init")}));
    const QJsonObject body = QJsonDocument::fromJson(node.bodies.at(1)).object();
    QCOMPARE(body.value(QStringLiteral("AdvertiseAddr")).toString(),
             QStringLiteral("10.0.0.4:2377"));
    QCOMPARE(body.value(QStringLiteral("ListenAddr")).toString(), QStringLiteral("10.0.0.4:2377"));
    QVERIFY(!body.contains(QStringLiteral("DataPathAddr")));
    QCOMPARE(client.apiVersion(), QStringLiteral("1.41"));
}

void TstSwarmClient::apiWithoutSwarmMode()
{
    QStringList paths;
    auto h = host([&](const sim::HttpRequest &req) {
        paths << QString::fromUtf8(req.target);
        return version(QStringLiteral("1.19"));
    });
    QVERIFY(h);
    SwarmClient client(endpoint(*h), QStringLiteral("old"));
    // Two calls at once share one negotiation and fail alike.
    SwarmOutcome<SwarmLocalState> a, b;
    int done = 0;
    client.localState([&](const SwarmOutcome<SwarmLocalState> &o) {
        a = o;
        ++done;
    });
    client.localState([&](const SwarmOutcome<SwarmLocalState> &o) {
        b = o;
        ++done;
    });
    QTRY_COMPARE_WITH_TIMEOUT(done, 2, 20000);
    QCOMPARE(a.error.kind, SwarmErrorKind::ApiTooOld);
    QCOMPARE(b.error.kind, SwarmErrorKind::ApiTooOld);
    QVERIFY2(a.error.message.contains(QStringLiteral("speaks API 1.19, which has no swarm mode "
                                                     "(API 1.24 or newer is needed)")),
             qPrintable(a.error.message));
    QCOMPARE(paths, QStringList{QStringLiteral("/version")});
}

void TstSwarmClient::wrongShapedAnswers()
{
    auto h = host([&](const sim::HttpRequest &req) {
        if (req.path == QLatin1String("/version"))
            return version();
        if (req.path.endsWith(QLatin1String("/nodes")))
            return json(200, QJsonObject{{QStringLiteral("nodes"), 3}});
        if (req.path.endsWith(QLatin1String("/swarm")))
            return json(200, QJsonObject{{QStringLiteral("ID"), QStringLiteral("x")}});
        return json(200, QJsonObject{{QStringLiteral("Name"), QStringLiteral("h")}});
    });
    QVERIFY(h);
    SwarmClient client(endpoint(*h), QStringLiteral("web-1"));
    const auto nodes = wait<QList<SwarmNode>>([&](auto done) { client.nodes(done); });
    QCOMPARE(nodes.error.kind, SwarmErrorKind::BadAnswer);
    QVERIFY2(nodes.error.message.contains(QStringLiteral("GET /nodes")),
             qPrintable(nodes.error.message));
    const auto tokens = wait<SwarmJoinTokens>([&](auto done) { client.joinTokens(done); });
    QCOMPARE(tokens.error.kind, SwarmErrorKind::BadAnswer);
    QVERIFY(tokens.error.message.contains(QStringLiteral("without join tokens")));
    const auto info = wait<SwarmLocalState>([&](auto done) { client.localState(done); });
    QCOMPARE(info.error.kind, SwarmErrorKind::BadAnswer);
    QVERIFY(info.error.message.contains(QStringLiteral("without its swarm state")));
}

void TstSwarmClient::nodeNeverReadyIsNamedWithinTheBound()
{
    // Two scripted nodes: the worker joins, but the leader keeps listing it "down".
    FakeNode leader{QStringLiteral("leaderid")}, worker{QStringLiteral("workerid")};
    auto handlerFor = [&](FakeNode &self) {
        return [&](const sim::HttpRequest &req) {
            self.paths << QString::fromUtf8(req.target);
            self.bodies << req.body;
            const QString p = req.path;
            if (p == QLatin1String("/version"))
                return version();
            if (p.endsWith(QLatin1String("/info")))
                return json(
                    200,
                    QJsonObject{
                        {QStringLiteral("ServerVersion"), QStringLiteral("20.10.24")},
                        {QStringLiteral("Swarm"),
                         QJsonObject{
                             {QStringLiteral("LocalNodeState"),
                              self.active ? QStringLiteral("active") : QStringLiteral("inactive")},
                             {QStringLiteral("NodeID"), self.active ? self.id : QString()},
                             {QStringLiteral("ControlAvailable"), self.manager}}}});
            if (p.endsWith(QLatin1String("/swarm/init"))) {
                self.active = self.manager = true;
                sim::HttpResponse r;
                r.body = "\"" + self.id.toUtf8() + "\"";
                return r;
            }
            if (p.endsWith(QLatin1String("/swarm/join"))) {
                self.active = true;
                return sim::HttpResponse{};
            }
            if (p.endsWith(QLatin1String("/swarm")))
                return json(200,
                            QJsonObject{{QStringLiteral("ID"), QStringLiteral("swarmid")},
                                        {QStringLiteral("JoinTokens"),
                                         QJsonObject{{QStringLiteral("Worker"),
                                                      QStringLiteral("SWMTKN-1-w-Tok3nV4lue")},
                                                     {QStringLiteral("Manager"),
                                                      QStringLiteral("SWMTKN-1-m-Tok3nV4lue")}}}});
            if (p.endsWith(QLatin1String("/nodes"))) {
                auto node = [](const QString &id, const QString &role, const QString &state) {
                    return QJsonObject{
                        {QStringLiteral("ID"), id},
                        {QStringLiteral("Version"), QJsonObject{{QStringLiteral("Index"), 9}}},
                        {QStringLiteral("Spec"),
                         QJsonObject{{QStringLiteral("Role"), role},
                                     {QStringLiteral("Availability"), QStringLiteral("active")}}},
                        {QStringLiteral("Status"), QJsonObject{{QStringLiteral("State"), state}}},
                    };
                };
                QJsonObject l = node(leader.id, QStringLiteral("manager"), QStringLiteral("ready"));
                l.insert(
                    QStringLiteral("ManagerStatus"),
                    QJsonObject{{QStringLiteral("Leader"), true},
                                {QStringLiteral("Reachability"), QStringLiteral("reachable")}});
                return json(200, QJsonArray{l, node(worker.id, QStringLiteral("worker"),
                                                    QStringLiteral("down"))});
            }
            return json(404, QJsonObject{{QStringLiteral("message"), QStringLiteral("no")}});
        };
    };
    auto lh = host(handlerFor(leader));
    auto wh = host(handlerFor(worker));
    QVERIFY(lh && wh);
    SwarmFormationOptions o;
    o.nodes = {{QStringLiteral("web-1"), endpoint(*lh), QStringLiteral("10.0.0.4")},
               {QStringLiteral("web-2"), endpoint(*wh), QStringLiteral("10.0.0.5")}};
    o.readyTimeoutMs = 1500;
    o.pollIntervalMs = 100;
    SwarmFormation f(o);
    QList<QPair<QString, SwarmStepState>> rows;
    connect(&f, &SwarmFormation::progress, this,
            [&](const QString &node, SwarmStep step, SwarmStepState state, const QString &) {
                if (step == SwarmStep::Ready)
                    rows.append({node, state});
            });
    QSignalSpy finished(&f, &SwarmFormation::finished);
    f.start();
    QVERIFY(finished.wait(20000));
    const auto r = finished.first().first().value<SwarmFormationResult>();
    QVERIFY(!r.ok);
    QCOMPARE(r.joined, (QStringList{QStringLiteral("web-1"), QStringLiteral("web-2")}));
    QCOMPARE(r.failures.size(), 1);
    QCOMPARE(r.failures.first().node, QStringLiteral("web-2"));
    QCOMPARE(r.failures.first().step, SwarmStep::Ready);
    QVERIFY2(r.failures.first().error.message.contains(
                 QStringLiteral("web-2 joined but the leader did not list it ready and active "
                                "within 2 s (state down, availability active)")),
             qPrintable(r.failures.first().error.message));
    QVERIFY(rows.contains(qMakePair(QStringLiteral("web-1"), SwarmStepState::Done)));
    QVERIFY(rows.contains(qMakePair(QStringLiteral("web-2"), SwarmStepState::Failed)));
    // The join went to the leader's private address with the worker token.
    const QJsonObject join =
        QJsonDocument::fromJson(
            worker.bodies.at(worker.paths.indexOf(QStringLiteral("/v1.41/swarm/join"))))
            .object();
    QCOMPARE(join.value(QStringLiteral("RemoteAddrs")).toArray().at(0).toString(),
             QStringLiteral("10.0.0.4:2377"));
    QCOMPARE(join.value(QStringLiteral("AdvertiseAddr")).toString(),
             QStringLiteral("10.0.0.5:2377"));
    QCOMPARE(join.value(QStringLiteral("JoinToken")).toString(),
             QStringLiteral("SWMTKN-1-w-Tok3nV4lue"));
}

void TstSwarmClient::tokensNeverLogged()
{
    // Every category on, every message captured, through a whole formation.
    QLoggingCategory::setFilterRules(QStringLiteral("dockervm.*=true"));
    g_logged.clear();
    g_previous = qInstallMessageHandler(capture);
    nodeNeverReadyIsNamedWithinTheBound();
    qInstallMessageHandler(g_previous);
    QLoggingCategory::setFilterRules(QString());
    QVERIFY(g_logged.size() > 10);
    QVERIFY(std::any_of(g_logged.begin(), g_logged.end(), [](const QString &line) {
        return line.contains(QStringLiteral("/swarm/join"));
    }));
    for (const auto &line : std::as_const(g_logged))
        QVERIFY2(!line.contains(QStringLiteral("Tok3nV4lue")), qPrintable(line));
}

void TstSwarmClient::membershipChangesWaitLonger()
{
    // dockerd answers a join only once it is done (up to 20 s): a short per-request timeout must
    // not cut it off, while ordinary reads keep it.
    auto h = host([&](const sim::HttpRequest &req) {
        if (req.path == QLatin1String("/version"))
            return version();
        sim::HttpResponse r = json(200, QJsonArray{});
        r.delayMs = 2500;
        return r;
    });
    QVERIFY(h);
    EngineEndpoint e = endpoint(*h);
    e.timeoutMs = 1000;
    SwarmClient client(e, QStringLiteral("web-2"));
    const auto nodes = wait<QList<SwarmNode>>([&](auto done) { client.nodes(done); });
    QCOMPARE(nodes.error.kind, SwarmErrorKind::Connection);
    QVERIFY2(nodes.error.message.contains(QStringLiteral("did not answer GET /v1.41/nodes within")),
             qPrintable(nodes.error.message));
    SwarmJoinRequest join;
    join.listenAddr = join.advertiseAddr = QStringLiteral("10.0.0.5:2377");
    join.remoteAddrs = {QStringLiteral("10.0.0.4:2377")};
    join.joinToken = QStringLiteral("SWMTKN-1-x");
    const auto joined = wait<SwarmDone>([&](auto done) { client.join(join, done); });
    QVERIFY2(joined.ok(), qPrintable(joined.error.message));
}

QTEST_GUILESS_MAIN(TstSwarmClient)
#include "tst_swarmclient.moc"
