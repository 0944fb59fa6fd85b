// docker-vm account import|list|use|remove: the subscriptions this user has imported from
// .publishsettings files (AccountStore: accounts.json + keys in the keychain or owner-only files)
// and those `docker-vm login` saved (ArmAccountStore), behind accounts::Accounts: one list, one
// current account.
#include "command.h"
#include "session.h"

#include "accounts/accounts.h"
#include "classic/accountstore.h"
#include "classic/publishsettings.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

using namespace dockervm;
using namespace dockervm::classic;

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cli)
};

QString expiryText(const QSslCertificate &cert)
{
    const QDateTime expiry = cert.expiryDate();
    if (!expiry.isValid())
        return QStringLiteral("-");
    QString text = expiry.toUTC().toString(QStringLiteral("yyyy-MM-dd"));
    if (expiry < QDateTime::currentDateTimeUtc())
        text += QLatin1Char(' ') + Tr::tr("(expired)");
    return text;
}

QJsonObject toJson(const StoredAccount &a, bool current)
{
    const Subscription &s = a.subscription;
    return QJsonObject{
        {QStringLiteral("id"), s.id},
        {QStringLiteral("kind"), cloud::kindId(cloud::Kind::Classic)},
        {QStringLiteral("name"), s.name},
        {QStringLiteral("cloud"), cloudId(s.cloud)},
        {QStringLiteral("endpoint"), s.managementEndpoint.toString()},
        {QStringLiteral("certificateSubject"),
         s.certificate.subjectInfo(QSslCertificate::CommonName).join(QLatin1Char(' '))},
        {QStringLiteral("certificateThumbprint"),
         QString::fromLatin1(s.certificate.digest(QCryptographicHash::Sha1).toHex())},
        {QStringLiteral("certificateExpires"),
         s.certificate.expiryDate().toUTC().toString(Qt::ISODate)},
        {QStringLiteral("hasPrivateKey"), !s.privateKey.isNull()},
        {QStringLiteral("current"), current},
        {QStringLiteral("sourceFile"), a.sourceFile},
        {QStringLiteral("importedAt"), a.importedAt.toUTC().toString(Qt::ISODate)},
    };
}

QString describe(const Subscription &s)
{
    return Tr::tr("%1 (%2)").arg(s.name, s.id);
}

// What `account import` prints once the keys are stored.
void reportImport(cli::Invocation &inv, const PublishSettingsResult &parsed,
                  const QString &previousCurrent)
{
    for (const QString &w : parsed.warnings)
        inv.err() << "docker-vm: " << Tr::tr("warning: %1").arg(w) << '\n';
    AccountStore store;
    const QString currentId = store.currentId();
    if (inv.json()) {
        QJsonArray list;
        for (StoredAccount a : store.accounts()) {
            for (const Subscription &s : parsed.subscriptions) {
                if (s.id.compare(a.subscription.id, Qt::CaseInsensitive) == 0) {
                    a.subscription.privateKey = s.privateKey; // just stored
                    list.append(toJson(a, a.subscription.id == currentId));
                }
            }
        }
        QJsonArray warnings;
        for (const QString &w : parsed.warnings)
            warnings.append(w);
        inv.out() << QJsonDocument(QJsonObject{{QStringLiteral("imported"), list},
                                               {QStringLiteral("warnings"), warnings}})
                         .toJson(QJsonDocument::Indented);
        inv.finish(0);
        return;
    }
    for (const Subscription &s : parsed.subscriptions) {
        inv.out() << Tr::tr("Imported subscription %1: %2, %3, certificate expires %4.")
                         .arg(describe(s), cloudDisplayName(s.cloud),
                              s.managementEndpoint.toString(), expiryText(s.certificate))
                  << '\n';
    }
    if (const auto current = store.current()) {
        if (previousCurrent.isEmpty())
            inv.out() << Tr::tr("Current subscription: %1.").arg(describe(*current)) << '\n';
        else if (parsed.subscriptions.size() > 0 && current->id != parsed.subscriptions.first().id)
            inv.out()
                << Tr::tr(
                       "Current subscription is still %1; switch with 'docker-vm account use ID'.")
                       .arg(describe(*current))
                << '\n';
    }
    inv.finish(0);
}

void runImport(cli::Invocation &inv)
{
    if (!inv.parse(QStringLiteral("FILE")))
        return;
    if (inv.positional().size() != 1) {
        inv.fail(Tr::tr("'account import' needs exactly one FILE (a .publishsettings file).\n"
                        "Try 'docker-vm account import --help'."),
                 2);
        return;
    }
    const QString path = inv.positional().first();
    const PublishSettingsResult parsed = PublishSettings::load(path);
    if (!parsed.ok()) {
        inv.fail(parsed.errorMessage);
        return;
    }
    AccountStore store;
    const QString previousCurrent = store.currentId();
    store.importSubscriptions(
        parsed.subscriptions, path, inv.scope(),
        [&inv, parsed, previousCurrent](const AccountStore::KeyOutcome &outcome) {
            cli::printKeyNotice(inv, outcome.notice);
            if (!outcome.ok)
                return inv.fail(outcome.error);
            reportImport(inv, parsed, previousCurrent);
        });
}

QJsonObject toJson(const identity::ArmAccount &a, bool current)
{
    return QJsonObject{
        {QStringLiteral("id"), a.subscriptionId},
        {QStringLiteral("kind"), cloud::kindId(cloud::Kind::ResourceManager)},
        {QStringLiteral("name"), a.displayName},
        {QStringLiteral("tenantId"), a.tenantId},
        {QStringLiteral("user"), a.user},
        {QStringLiteral("state"), a.state},
        {QStringLiteral("endpoint"), a.endpoints.armEndpoint.toString()},
        {QStringLiteral("authority"), a.endpoints.authority.toString()},
        {QStringLiteral("clientId"), a.endpoints.clientId},
        {QStringLiteral("managementCaFile"), a.endpoints.managementCaFile},
        {QStringLiteral("current"), current},
        {QStringLiteral("savedAt"), a.savedAt.toUTC().toString(Qt::ISODate)},
    };
}

// "public" for Azure's own Resource Manager, else its host (a sovereign cloud, Azure Stack Hub).
QString armCloudName(const identity::ArmAccount &a)
{
    const QString host = a.endpoints.armEndpoint.host();
    return host.compare(QLatin1String("management.azure.com"), Qt::CaseInsensitive) == 0
               ? QStringLiteral("public")
               : host;
}

void printList(cli::Invocation &inv, const QList<identity::ArmAccount> &arm,
               const QList<StoredAccount> &classic, const QString &currentId);

void runList(cli::Invocation &inv)
{
    if (!inv.parse())
        return;
    if (!inv.positional().isEmpty()) {
        inv.fail(Tr::tr("'account list' takes no arguments."), 2);
        return;
    }
    const accounts::Accounts all;
    QString armError;
    const QList<identity::ArmAccount> arm = all.armStore().accounts(&armError);
    if (!armError.isEmpty())
        inv.err() << "docker-vm: " << armError << Qt::endl;
    AccountStore store = all.classicStore();
    store.loadKeys(
        store.accounts(), inv.scope(),
        [&inv, arm, currentId = all.currentQualifiedId()](const QList<StoredAccount> &accounts,
                                                          const AccountStore::KeyOutcome &outcome) {
            cli::printKeyNotice(inv, outcome.notice);
            if (!outcome.ok)
                inv.err() << "docker-vm: " << outcome.error << Qt::endl;
            printList(inv, arm, accounts, currentId);
        });
}

void printList(cli::Invocation &inv, const QList<identity::ArmAccount> &arm,
               const QList<StoredAccount> &accounts, const QString &currentId)
{
    auto isCurrentArm = [&](const identity::ArmAccount &a) {
        return currentId.compare(QStringLiteral("arm:") + a.subscriptionId, Qt::CaseInsensitive) ==
               0;
    };
    auto isCurrentClassic = [&](const StoredAccount &a) {
        return currentId.compare(a.subscription.id, Qt::CaseInsensitive) == 0;
    };
    if (inv.json()) {
        QJsonArray list;
        for (const identity::ArmAccount &a : arm)
            list.append(toJson(a, isCurrentArm(a)));
        for (const StoredAccount &a : accounts)
            list.append(toJson(a, isCurrentClassic(a)));
        inv.out() << QJsonDocument(list).toJson(QJsonDocument::Indented);
        inv.finish(0);
        return;
    }
    if (accounts.isEmpty() && arm.isEmpty()) {
        inv.out() << Tr::tr("No account yet. Sign in to Azure with 'docker-vm login', or (classic) "
                            "download a .publishsettings file from the Azure portal and run "
                            "'docker-vm account import FILE'.")
                  << '\n';
        inv.finish(0);
        return;
    }
    QList<QStringList> rows;
    rows.append({QStringLiteral(" "), Tr::tr("ID"), Tr::tr("NAME"), Tr::tr("KIND"), Tr::tr("CLOUD"),
                 Tr::tr("ENDPOINT"), Tr::tr("CERT EXPIRES / SIGNED IN AS")});
    for (const identity::ArmAccount &a : arm) {
        QString who = a.user;
        if (!a.isEnabled())
            who += QLatin1Char(' ') + Tr::tr("(%1)").arg(a.state);
        rows.append({isCurrentArm(a) ? QStringLiteral("*") : QStringLiteral(" "), a.subscriptionId,
                     a.displayName, cloud::kindId(cloud::Kind::ResourceManager), armCloudName(a),
                     a.endpoints.armEndpoint.toString(), who});
    }
    for (const StoredAccount &a : accounts) {
        const Subscription &s = a.subscription;
        QString expiry = expiryText(s.certificate);
        if (s.privateKey.isNull())
            expiry += QLatin1Char(' ') + Tr::tr("(key missing)");
        rows.append({isCurrentClassic(a) ? QStringLiteral("*") : QStringLiteral(" "), s.id, s.name,
                     cloud::kindId(cloud::Kind::Classic), cloudId(s.cloud),
                     s.managementEndpoint.toString(), expiry});
    }
    QList<int> widths(rows.first().size(), 0);
    for (const QStringList &row : rows) {
        for (int c = 0; c < row.size(); ++c)
            widths[c] = std::max(widths[c], dockervm::terminalColumns(row.at(c)));
    }
    for (const QStringList &row : rows) {
        QString line;
        for (int c = 0; c < row.size(); ++c)
            line += dockervm::padToColumns(row.at(c), widths.at(c)) + QStringLiteral("  ");
        while (line.endsWith(QLatin1Char(' ')))
            line.chop(1);
        inv.out() << line << '\n';
    }
    inv.finish(0);
}

QString describe(const accounts::AccountInfo &a)
{
    return a.kind == cloud::Kind::ResourceManager
               ? Tr::tr("%1 (%2, signed in as %3)").arg(a.name, a.id, a.user)
               : Tr::tr("%1 (%2)").arg(a.name, a.id);
}

void runUse(cli::Invocation &inv)
{
    if (!inv.parse(QStringLiteral("ID|NAME")))
        return;
    if (inv.positional().size() != 1) {
        inv.fail(
            Tr::tr(
                "'account use' needs one subscription id or name; see 'docker-vm account list'."),
            2);
        return;
    }
    const accounts::Accounts all;
    QString error;
    if (!all.setCurrent(inv.positional().first(), &error)) {
        inv.fail(error);
        return;
    }
    const auto current = all.current();
    inv.out() << Tr::tr("Current subscription: %1.")
                     .arg(current ? describe(*current) : all.currentQualifiedId())
              << '\n';
    inv.finish(0);
}

void runRemove(cli::Invocation &inv)
{
    if (!inv.parse(QStringLiteral("ID")))
        return;
    if (inv.positional().size() != 1) {
        inv.fail(
            Tr::tr("'account remove' needs one subscription id; see 'docker-vm account list'."), 2);
        return;
    }
    const accounts::Accounts all;
    QString error;
    // Accept a unique name or a qualified id too, but remove by its id.
    const auto found = all.find(inv.positional().first(), &error);
    if (!found) {
        inv.fail(error);
        return;
    }
    all.remove(
        *found, inv.scope(), [&inv, removed = *found](const accounts::Accounts::Outcome &outcome) {
            if (!outcome.ok)
                return inv.fail(outcome.error);
            if (removed.kind == cloud::Kind::ResourceManager)
                inv.out() << Tr::tr("Removed subscription %1; its sign-in is forgotten once "
                                    "no saved subscription uses it.")
                                 .arg(describe(removed))
                          << '\n';
            else
                inv.out()
                    << Tr::tr("Removed subscription %1 and its private key.").arg(describe(removed))
                    << '\n';
            if (const auto current = accounts::Accounts().current())
                inv.out() << Tr::tr("Current subscription: %1.").arg(describe(*current)) << '\n';
            inv.finish(0);
        });
}

} // namespace

DOCKERVM_CLI_COMMAND((QStringList{QStringLiteral("account"), QStringLiteral("import")}),
                     QT_TRANSLATE_NOOP("cli",
                                       "Import the subscriptions of a .publishsettings file."),
                     runImport);
DOCKERVM_CLI_COMMAND((QStringList{QStringLiteral("account"), QStringLiteral("list")}),
                     QT_TRANSLATE_NOOP("cli",
                                       "List signed-in and imported subscriptions (* = current)."),
                     runList);
DOCKERVM_CLI_COMMAND((QStringList{QStringLiteral("account"), QStringLiteral("use")}),
                     QT_TRANSLATE_NOOP("cli", "Make a subscription the current one."), runUse);
DOCKERVM_CLI_COMMAND((QStringList{QStringLiteral("account"), QStringLiteral("remove")}),
                     QT_TRANSLATE_NOOP("cli", "Forget a subscription and delete its key."),
                     runRemove);
