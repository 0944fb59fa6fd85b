// docker-vm login: sign in to today's Azure (Microsoft Entra ID device code flow) and save the
// subscriptions the account can use as ARM accounts (accounts::SignInSession, the same as the
// wizard's sign-in page). Needs no terminal input: it prints the server's message (code and
// address) and waits while the user signs in elsewhere.
#include "command.h"
#include "session.h"

#include "accounts/accounts.h"
#include "accounts/signinsession.h"
#include "identity/endpoints.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QUrl>

using namespace dockervm;

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cli)
};

// An https URL of a server, or why not (names the option).
bool parseServerUrl(const QString &option, const QString &value, QUrl *out, QString *error)
{
    const QUrl url(value, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty() ||
        (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http")) ||
        url.hasQuery() || url.hasFragment()) {
        *error = Tr::tr("--%1 “%2” is not a server address; give an https URL such as "
                        "https://login.microsoftonline.us.")
                     .arg(option, value);
        return false;
    }
    *out = url;
    return true;
}

void printCode(cli::Invocation &inv, const identity::DeviceCode &code)
{
    QString text = code.message;
    if (text.isEmpty()) {
        text = Tr::tr("To sign in, use a web browser to open the page %1 and enter the code %2 to "
                      "authenticate.")
                   .arg(code.verificationUri.toString(), code.userCode);
    }
    // On stderr: stdout carries the result (and stays JSON with --json).
    inv.err() << text << '\n'
              << Tr::tr("Waiting for the sign-in (the code expires at %1; Ctrl+C cancels)…")
                     .arg(code.expiresAt.toLocalTime().toString(QStringLiteral("HH:mm:ss")))
              << Qt::endl;
}

void report(cli::Invocation &inv, const accounts::SignInSession &session)
{
    const accounts::Accounts store;
    const QString current = store.currentQualifiedId();
    if (inv.json()) {
        QJsonArray list;
        for (const identity::ArmSubscription &s : session.savedSubscriptions()) {
            list.append(QJsonObject{
                {QStringLiteral("id"), s.subscriptionId},
                {QStringLiteral("name"), s.displayName},
                {QStringLiteral("tenantId"), s.tenantId},
                {QStringLiteral("state"), s.state},
                {QStringLiteral("current"),
                 current.compare(QStringLiteral("arm:") + s.subscriptionId, Qt::CaseInsensitive) ==
                     0},
            });
        }
        QJsonArray skipped;
        for (const QString &t : session.skippedTenants())
            skipped.append(t);
        inv.out() << QJsonDocument(QJsonObject{
                                       {QStringLiteral("user"), session.user()},
                                       {QStringLiteral("tenantId"), session.homeTenant()},
                                       {QStringLiteral("armEndpoint"),
                                        session.endpoints().armEndpoint.toString()},
                                       {QStringLiteral("saved"), list},
                                       {QStringLiteral("skippedTenants"), skipped},
                                   })
                         .toJson(QJsonDocument::Indented);
        return;
    }
    inv.out() << Tr::tr("Signed in as %1 (tenant %2).").arg(session.user(), session.homeTenant())
              << '\n';
    inv.out() << Tr::tr("Saved %n subscription(s):", "", int(session.savedSubscriptions().size()))
              << '\n';
    for (const identity::ArmSubscription &s : session.savedSubscriptions()) {
        const bool isCurrent =
            current.compare(QStringLiteral("arm:") + s.subscriptionId, Qt::CaseInsensitive) == 0;
        inv.out() << (isCurrent ? QStringLiteral("  * ") : QStringLiteral("    ")) << s.displayName
                  << "  " << s.subscriptionId << '\n';
    }
    if (session.hiddenNotEnabled() > 0) {
        inv.out() << Tr::tr("%n subscription(s) not enabled were left out.", "",
                            session.hiddenNotEnabled())
                  << '\n';
    }
    for (const QString &t : session.skippedTenants())
        inv.err() << "docker-vm: " << Tr::tr("warning: skipped %1").arg(t) << '\n';
    if (const auto now = store.current()) {
        inv.out() << Tr::tr("Current account: %1 (%2, %3).")
                         .arg(now.value().name, now.value().id, cloud::kindLabel(now.value().kind))
                  << '\n';
    }
}

void runLogin(cli::Invocation &inv)
{
    QCommandLineParser &p = inv.parser();
    p.addOptions({
        {QStringLiteral("tenant"),
         Tr::tr("Sign in to this tenant (id or domain) instead of your home tenant; only its "
                "subscriptions are saved."),
         QStringLiteral("ID")},
        {QStringLiteral("client-id"),
         Tr::tr("The application (client) id to sign in with: a public client app with device code "
                "flow allowed (default: the Azure CLI's)."),
         QStringLiteral("ID")},
        {QStringLiteral("authority"),
         Tr::tr("The Microsoft Entra ID sign-in server (default https://login.microsoftonline.com; "
                "sovereign clouds and Azure Stack Hub have their own)."),
         QStringLiteral("URL")},
        {QStringLiteral("arm-endpoint"),
         Tr::tr("The Azure Resource Manager endpoint (default https://management.azure.com)."),
         QStringLiteral("URL")},
    });
    if (!inv.parse())
        return;
    if (!inv.positional().isEmpty()) {
        inv.fail(Tr::tr("'login' takes no arguments; see 'docker-vm login --help'."), 2);
        return;
    }
    identity::CloudEndpoints endpoints;
    QString error;
    if (p.isSet(QStringLiteral("tenant"))) {
        endpoints.tenant = p.value(QStringLiteral("tenant")).trimmed();
        if (endpoints.tenant.isEmpty() || endpoints.tenant.contains(QLatin1Char('/'))) {
            inv.fail(Tr::tr("--tenant “%1” is not a tenant id or domain.")
                         .arg(p.value(QStringLiteral("tenant"))),
                     2);
            return;
        }
    }
    if (p.isSet(QStringLiteral("client-id")))
        endpoints.clientId = p.value(QStringLiteral("client-id")).trimmed();
    if (p.isSet(QStringLiteral("authority")) &&
        !parseServerUrl(QStringLiteral("authority"), p.value(QStringLiteral("authority")),
                        &endpoints.authority, &error)) {
        inv.fail(error, 2);
        return;
    }
    if (p.isSet(QStringLiteral("arm-endpoint")) &&
        !parseServerUrl(QStringLiteral("arm-endpoint"), p.value(QStringLiteral("arm-endpoint")),
                        &endpoints.armEndpoint, &error)) {
        inv.fail(error, 2);
        return;
    }
    if (!inv.managementCa().isEmpty()) {
        const QFileInfo ca(inv.managementCa());
        if (!ca.isFile() || !ca.isReadable()) {
            inv.fail(
                Tr::tr("--management-ca “%1” is not a readable file; give the PEM file of the CA "
                       "to trust for the sign-in and Resource Manager servers.")
                    .arg(inv.managementCa()),
                2);
            return;
        }
        endpoints.managementCaFile = ca.absoluteFilePath(); // the account keeps it
    }

    auto *nam = new QNetworkAccessManager(inv.scope());
    auto *session = new accounts::SignInSession(nam, endpoints, {}, inv.scope());
    QObject::connect(session, &accounts::SignInSession::codeReady, inv.scope(),
                     [&inv](const identity::DeviceCode &code) { printCode(inv, code); });
    QObject::connect(
        session, &accounts::SignInSession::finished, inv.scope(), [&inv, session](bool ok) {
            cli::printKeyNotice(inv, session->notice());
            if (!ok)
                return inv.fail(session->errorMessage(),
                                session->state() == accounts::SignInSession::State::Cancelled ? 130
                                                                                              : 1);
            report(inv, *session);
            inv.finish(0);
        });
    cli::onInterrupt(session, [&inv, session] {
        inv.err() << Tr::tr("Interrupted: cancelling the sign-in…") << Qt::endl;
        session->cancel();
    });
    session->start();
}

} // namespace

DOCKERVM_CLI_COMMAND(
    QStringList{QStringLiteral("login")},
    QT_TRANSLATE_NOOP("cli", "Sign in to Azure (device code) and save your subscriptions."),
    runLogin);
