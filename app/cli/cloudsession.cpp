#include "cloudsession.h"

#include "command.h"
#include "session.h"

#include "arm/armclient.h"
#include "arm/armcloud.h"
#include "cloud/journal.h"
#include "identity/tokenmanager.h"

#include <QCoreApplication>
#include <QDir>
#include <QNetworkAccessManager>

namespace dockervm::cli {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cli)
};

QString stateMark(cloud::StepState state)
{
    switch (state) {
    case cloud::StepState::Running:
        return QStringLiteral("…");
    case cloud::StepState::Done:
        return QStringLiteral("✓");
    case cloud::StepState::Failed:
        return QStringLiteral("✗");
    case cloud::StepState::Skipped:
        return QStringLiteral("-");
    case cloud::StepState::Cancelled:
        return QStringLiteral("⊘");
    case cloud::StepState::Pending:
        return QStringLiteral(" ");
    }
    return {};
}
} // namespace

std::optional<accounts::AccountInfo> chosenAccount(Invocation &inv, QString *error)
{
    const accounts::Accounts all;
    if (!inv.subscription().isEmpty())
        return all.find(inv.subscription(), error);
    if (auto current = all.current())
        return current;
    if (error)
        *error = Tr::tr("No account is selected. Sign in with 'docker-vm login', or import a "
                        ".publishsettings file with 'docker-vm account import FILE' (classic).");
    return std::nullopt;
}

void withArmCloud(Invocation &inv, const accounts::AccountInfo &info, QObject *parent,
                  std::function<void(cloud::Cloud *)> then)
{
    const identity::ArmAccountStore store = accounts::Accounts().armStore();
    QString error;
    const auto account = store.find(info.id, &error);
    if (!account)
        return inv.fail(error);
    auto *nam = new QNetworkAccessManager(parent);
    store.makeTokenManager(
        *account, nam, parent,
        [&inv, parent, nam, account = *account, then](identity::TokenManager *tokens,
                                                      const identity::ArmAccountStore::Outcome &o) {
            printKeyNotice(inv, o.notice);
            if (!tokens)
                return inv.fail(o.error);
            tokens->setParent(parent);
            QObject::connect(
                tokens, &identity::TokenSource::signInRequired, parent, [&inv](const QString &why) {
                    inv.err() << "docker-vm: " << why << ' '
                              << Tr::tr("Sign in again with 'docker-vm login'.") << Qt::endl;
                });
            arm::ArmClient::Options co;
            co.armEndpoint = account.endpoints.armEndpoint;
            co.extraCaFile = account.endpoints.managementCaFile;
            if (!inv.managementCa().isEmpty())
                co.extraCaCertificates = QSslCertificate::fromPath(inv.managementCa(), QSsl::Pem);
            auto *client = new arm::ArmClient(nam, tokens, co, parent);
            if (!client->setupError().isEmpty())
                return inv.fail(client->setupError());
            arm::ArmCloud::Options cloudOptions;
            cloudOptions.subscriptionId = account.subscriptionId;
            cloudOptions.subscriptionName = account.displayName;
            then(new arm::ArmCloud(client, cloudOptions, parent));
        });
}

bool routeToArmCloud(Invocation &inv, std::function<void(cloud::Cloud *)> then)
{
    QString error;
    const auto account = chosenAccount(inv, &error);
    if (!account || account->kind != cloud::Kind::ResourceManager)
        return false;
    withArmCloud(inv, *account, inv.scope(), std::move(then));
    return true;
}

cloud::RunOptions cloudRunOptions(Invocation &inv, const cloud::Cloud &cloud)
{
    cloud::RunOptions o;
    const auto &p = inv.parser();
    if (p.isSet(QStringLiteral("poll-interval")))
        o.pollIntervalMs = qMax(10, p.value(QStringLiteral("poll-interval")).toInt());
    if (p.isSet(QStringLiteral("docker-wait")))
        o.dockerWaitSeconds = qMax(1, p.value(QStringLiteral("docker-wait")).toInt());
    else if (cloud.kind() == cloud::Kind::ResourceManager)
        o.dockerWaitSeconds = arm::ArmCloud::kDefaultDockerWaitSeconds;
    o.hostOverrides.setMapSimulatedEndpoints(p.isSet(QStringLiteral("simulated-endpoints")));
    return o;
}

void printRunOutcome(Invocation &inv, const cloud::RunResult &r)
{
    if (!r.removed.isEmpty())
        inv.err() << Tr::tr("Removed: %1").arg(r.removed.join(QStringLiteral(", "))) << Qt::endl;
    if (!r.alreadyGone.isEmpty())
        inv.err() << Tr::tr("Already gone: %1").arg(r.alreadyGone.join(QStringLiteral(", ")))
                  << Qt::endl;
    if (!r.kept.isEmpty())
        inv.err() << Tr::tr("Kept: %1").arg(r.kept.join(QStringLiteral(", "))) << Qt::endl;
    if (!r.leftBehind.isEmpty())
        inv.err() << Tr::tr("Could not remove: %1\nRun 'docker-vm cleanup' to try again.")
                         .arg(r.leftBehind.join(QStringLiteral(", ")))
                  << Qt::endl;
}

void runOnTerminal(Invocation &inv, cloud::ProvisioningRun *run,
                   std::function<void(cloud::ProvisioningRun *)> done)
{
    QObject::connect(run, &cloud::ProvisioningRun::rowChanged, run, [&inv, run](int row) {
        const QList<cloud::StepRow> rows = run->rows();
        if (row < 0 || row >= rows.size())
            return;
        const cloud::StepRow &r = rows.at(row);
        QString line = QStringLiteral("[%1/%2] %3 %4")
                           .arg(row + 1)
                           .arg(rows.size())
                           .arg(stateMark(r.state), r.label);
        if (!r.detail.isEmpty())
            line += QStringLiteral(": ") + r.detail;
        if (r.state != cloud::StepState::Running && r.elapsedMs > 0)
            line += QStringLiteral(" (%1 s)").arg(r.elapsedMs / 1000.0, 0, 'f', 1);
        inv.err() << line << Qt::endl;
    });
    QObject::connect(run, &cloud::ProvisioningRun::message, run, [&inv](const QString &text) {
        if (inv.verbose())
            inv.err() << "    " << text << Qt::endl;
    });
    onInterrupt(
        run,
        [&inv, run] {
            inv.err() << Tr::tr(
                             "Interrupted: cancelling and removing what was created (Ctrl+C again "
                             "to stop at once)…")
                      << Qt::endl;
            run->cancel();
        },
        [&inv, run] {
            run->stop();
            inv.err() << Tr::tr("Interrupted again: stopped. What this run made is recorded in %1; "
                                "run 'docker-vm cleanup' to remove it.")
                             .arg(QDir::toNativeSeparators(run->journalPath()))
                      << Qt::endl;
            inv.finish(130);
        });
    QObject::connect(run, &cloud::ProvisioningRun::finished, inv.scope(),
                     [run, done](bool) { done(run); });
    run->start();
}

} // namespace dockervm::cli
