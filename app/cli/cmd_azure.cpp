// docker-vm locations | images: what the subscription can create, through the same
// ManagementClient the wizard uses.
#include "cloudcommands.h"
#include "cloudsession.h"
#include "command.h"
#include "session.h"

#include "classic/managementclient.h"
#include "classic/models.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace dockervm;
using namespace dockervm::classic;

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cli)
};

// Every failure of the call is exit code 1, as README documents (0 ok, 1 error, 2 usage, 130
// interrupted); the message says what kind (e.g. a refused management certificate) and what next.
void failWith(cli::Invocation &inv, const ManagementReply *reply)
{
    inv.fail(reply->error().toString(), 1);
}

// The client and its network manager live in `context`, released before the application object
// goes away (a QNetworkAccessManager that outlives QCoreApplication warns while closing sockets).
// Queued before Invocation::finish() queues the exit, so it runs first.
void release(QObject *context)
{
    QMetaObject::invokeMethod(
        context, [context] { delete context; }, Qt::QueuedConnection);
}

QJsonObject toJson(const Location &l)
{
    return QJsonObject{
        {QStringLiteral("name"), l.name},
        {QStringLiteral("displayName"), l.displayName},
        {QStringLiteral("availableServices"), QJsonArray::fromStringList(l.availableServices)},
        {QStringLiteral("virtualMachineRoleSizes"), QJsonArray::fromStringList(l.vmRoleSizes)},
    };
}

void runLocations(cli::Invocation &inv)
{
    inv.parser().addOption(
        {QStringLiteral("all"), Tr::tr("Also list regions that do not offer virtual machines.")});
    if (!inv.parse())
        return;
    if (cli::routeToArmCloud(inv, [&inv](cloud::Cloud *c) { cli::locationsOnCloud(inv, c); }))
        return;
    auto *context = new QObject(inv.scope());
    cli::withManagementClient(inv, context, [&inv, context](ManagementClient *client) {
        LocationsReply *reply = client->listLocations();
        QObject::connect(reply, &ManagementReply::finished, qApp, [&inv, reply, context] {
            release(context);
            if (!reply->ok()) {
                failWith(inv, reply);
                return;
            }
            const QList<Location> locations = inv.parser().isSet(QStringLiteral("all"))
                                                  ? reply->locations()
                                                  : virtualMachineLocations(reply->locations());
            if (inv.json()) {
                QJsonArray array;
                for (const Location &l : locations)
                    array.append(toJson(l));
                inv.out() << QJsonDocument(array).toJson(QJsonDocument::Indented);
                inv.finish(0);
                return;
            }
            if (locations.isEmpty()) {
                inv.err() << Tr::tr("The subscription offers no region for virtual machines.")
                          << '\n';
                inv.finish(0);
                return;
            }
            int width = 4;
            for (const Location &l : locations)
                width = std::max(width, int(l.name.size()));
            inv.out() << Tr::tr("NAME").leftJustified(width + 2) << Tr::tr("VM SIZES") << '\n';
            for (const Location &l : locations)
                inv.out() << l.name.leftJustified(width + 2) << l.vmRoleSizes.size() << '\n';
            inv.finish(0);
        });
    });
}

void runImages(cli::Invocation &inv)
{
    inv.parser().addOptions({
        {QStringLiteral("filter"),
         Tr::tr("Only images whose name contains TEXT (default: %1).").arg(kDefaultImageFilter),
         QStringLiteral("TEXT")},
        {QStringLiteral("all"),
         Tr::tr("All images of every OS (Linux first, newest first); with --filter, only the name "
                "filter applies.")},
        {{QStringLiteral("l"), QStringLiteral("location")},
         Tr::tr("Signed-in accounts: the region whose Ubuntu LTS images to list (default westus)."),
         QStringLiteral("LOCATION"),
         QStringLiteral("westus")},
    });
    if (!inv.parse())
        return;
    if (cli::routeToArmCloud(inv, [&inv](cloud::Cloud *c) {
            cli::imagesOnCloud(inv, c, inv.parser().value(QStringLiteral("location")));
        }))
        return;
    const bool all = inv.parser().isSet(QStringLiteral("all"));
    const QString filter = inv.parser().isSet(QStringLiteral("filter"))
                               ? inv.parser().value(QStringLiteral("filter"))
                               : (all ? QString() : QString(kDefaultImageFilter));
    auto *context = new QObject(inv.scope());
    cli::withManagementClient(inv, context, [&inv, context, all, filter](ManagementClient *client) {
        OsImagesReply *reply = client->listOsImages();
        QObject::connect(
            reply, &ManagementReply::finished, qApp, [&inv, reply, context, all, filter] {
                release(context);
                if (!reply->ok()) {
                    failWith(inv, reply);
                    return;
                }
                // The list moves out of the reply and is filtered in place; the JSON is written
                // one image at a time (no array of everything, no second copy of the text).
                const qsizetype total = reply->images().size();
                const QList<OsImage> images = filterImages(reply->takeImages(), filter, !all);
                if (inv.json()) {
                    // UTF-8 straight to the output device (JSON holds no control character).
                    inv.out().flush();
                    QIODevice *out = inv.out().device();
                    JsonArrayStreamWriter writer(
                        [out](const QByteArray &text) { out->write(text); });
                    for (const OsImage &i : images)
                        writer.appendElement(osImageJsonElement(i));
                    writer.finish();
                    inv.finish(0);
                    return;
                }
                if (images.isEmpty()) {
                    QString text;
                    if (filter.isEmpty())
                        text = Tr::tr("The subscription offers no OS image.");
                    else if (all)
                        text =
                            Tr::tr("No image name contains '%1' (%2 images in total). Try another "
                                   "--filter.")
                                .arg(filter)
                                .arg(total);
                    else
                        text = Tr::tr("No Linux image name contains '%1' (%2 images in total). Try "
                                      "another "
                                      "--filter, or --all.")
                                   .arg(filter)
                                   .arg(total);
                    inv.err() << text << '\n';
                    inv.finish(0);
                    return;
                }
                inv.out() << Tr::tr("PUBLISHED").leftJustified(12) << Tr::tr("OS").leftJustified(9)
                          << Tr::tr("NAME") << '\n';
                int old = 0;
                for (const OsImage &i : images) {
                    const QString date =
                        i.publishedDate.isValid()
                            ? i.publishedDate.toString(QStringLiteral("yyyy-MM-dd"))
                            : QStringLiteral("-");
                    const bool tooOld = i.isLinux() && lacksExtensionAgent(i);
                    old += tooOld;
                    inv.out() << date.leftJustified(12) << i.os.leftJustified(9) << i.name
                              << (tooOld ? QStringLiteral("  *") : QString()) << '\n';
                }
                if (old > 0)
                    inv.out()
                        << '\n'
                        << Tr::tr(
                               "* published before 2014-07-24: its Linux agent is too old for VM "
                               "extensions such as the Docker extension.")
                        << '\n';
                inv.finish(0);
            });
    });
}

} // namespace

DOCKERVM_CLI_COMMAND(QStringList{QStringLiteral("locations")},
                     QT_TRANSLATE_NOOP("cli", "List the regions that offer virtual machines."),
                     runLocations);
DOCKERVM_CLI_COMMAND(QStringList{QStringLiteral("images")},
                     QT_TRANSLATE_NOOP("cli",
                                       "List OS images, newest first (default: Ubuntu 14.04 LTS)."),
                     runImages);
