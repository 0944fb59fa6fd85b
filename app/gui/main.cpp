// docker-vm-wizard: the desktop face of Docker VM Wizard. Thin: options, translators, logging,
// and either the real configuration or demo mode's in-process simulators under the wizard.
#include "screenshots.h"

#include "classic/accountstore.h"
#include "common/logging.h"
#include "i18n/language.h"
#include "sim/demoenvironment.h"
#include "ui/setupwizard.h"
#include "wizard/setupcontroller.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QIcon>
#include <QLoggingCategory>
#include <QSslCertificate>
#include <QTextStream>

#include <memory>

using namespace dockervm;

namespace {

// --help and --version print and exit: they need no display, so they run under a
// QCoreApplication (a QApplication aborts without one).
bool onlyPrints(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if (arg == "-h" || arg == "--help" || arg == "-?" || arg == "--help-all" || arg == "-v" ||
            arg == "--version")
            return true;
    }
    return false;
}

} // namespace

int main(int argc, char *argv[])
{
    Q_INIT_RESOURCE(wizard);
    std::unique_ptr<QCoreApplication> appHolder;
    if (onlyPrints(argc, argv))
        appHolder = std::make_unique<QCoreApplication>(argc, argv);
    else
        appHolder = std::make_unique<QApplication>(argc, argv);
    QCoreApplication &app = *appHolder;
    QCoreApplication::setOrganizationName(QStringLiteral("DockerVmWizard"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("dockervm.github.io"));
    QCoreApplication::setApplicationName(QStringLiteral("docker-vm-wizard"));
    QCoreApplication::setApplicationVersion(QStringLiteral(DOCKERVM_VERSION));
    if (qobject_cast<QGuiApplication *>(&app)) {
        QGuiApplication::setApplicationDisplayName(QStringLiteral("Docker VM Wizard"));
        QGuiApplication::setDesktopFileName(QStringLiteral("io.github.dockervm.Wizard"));
        QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/io.github.dockervm.Wizard.svg")));
    }

    // The language (--lang, DOCKER_VM_LANG, the system's) before any text is translated; the
    // option is taken out of the arguments the parser below sees, and listed in its --help.
    QStringList arguments = QCoreApplication::arguments();
    const i18n::Choice language = i18n::chooseLanguage(&arguments);
    const QString languageCode = i18n::installTranslators(&app, language);
    if (!language.error.isEmpty()) {
        QTextStream(stderr) << "docker-vm-wizard: " << language.error << '\n';
        return 2;
    }

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "main", "Create a Docker host on an Azure virtual machine and check the TLS connection."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demoOption(
        QStringLiteral("demo"),
        QCoreApplication::translate("main", "Run against an in-process simulator: nothing is "
                                            "created in Azure, nothing leaves this computer. The "
                                            "default until a subscription was imported."));
    const QCommandLineOption realOption(
        QStringLiteral("no-demo"),
        QCoreApplication::translate(
            "main", "Use your imported subscriptions even when there are none yet."));
    const QCommandLineOption checkOption(
        QStringLiteral("check"),
        QCoreApplication::translate("main", "Start at \"check an existing Docker host\"."));
    const QCommandLineOption screenshotsOption(
        QStringLiteral("screenshots"),
        QCoreApplication::translate(
            "main", "Drive the demo flow and save every page to DIR/NN-name.png (with --lang ko: "
                    "DIR/ko-NN-name.png), then exit."),
        QStringLiteral("DIR"));
    const QCommandLineOption verboseOption(
        QStringLiteral("verbose"),
        QCoreApplication::translate("main", "Log what happens to stderr."));
    const QCommandLineOption managementCaOption(
        QStringLiteral("management-ca"),
        QCoreApplication::translate(
            "main", "Trust the CA certificate(s) in FILE (PEM) for the management endpoint, on top "
                    "of the system's, for a private endpoint or a simulator. An account's own "
                    "choice (Subscription page, Advanced) comes first."),
        QStringLiteral("FILE"));
    const QCommandLineOption langOption(QStringLiteral("lang"), i18n::languageOptionHelp(),
                                        QStringLiteral("ko|en"));
    parser.addOptions({demoOption, realOption, checkOption, screenshotsOption, managementCaOption,
                       verboseOption, langOption});
    parser.addPositionalArgument(
        QStringLiteral("FILE"),
        QCoreApplication::translate("main", "A .publishsettings file to import: the wizard opens "
                                            "on its subscription page (what the file manager does "
                                            "when such a file is opened)."),
        QStringLiteral("[FILE.publishsettings]"));
    parser.process(arguments);
    const QStringList files = parser.positionalArguments();
    if (files.size() > 1) {
        QTextStream(stderr) << QCoreApplication::translate(
                                   "main", "docker-vm-wizard opens one .publishsettings file at a "
                                           "time, not %1. Import the others afterwards.\n")
                                   .arg(files.size());
        return 2;
    }
    const QString publishSettingsFile = files.value(0);

    if (parser.isSet(verboseOption))
        QLoggingCategory::setFilterRules(QStringLiteral("dockervm.*.debug=true"));
    else
        QLoggingCategory::setFilterRules(QStringLiteral("dockervm.*.info=false"));

    const bool screenshots = parser.isSet(screenshotsOption);
    bool demo = parser.isSet(demoOption) || screenshots;
    // An opened file is a real subscription: no demo unless asked for.
    if (!demo && !parser.isSet(realOption) && publishSettingsFile.isEmpty() &&
        classic::AccountStore().accounts().isEmpty()) {
        demo = true;
        qCInfo(lcUi) << "no subscription imported yet: starting in demo mode (--no-demo to skip)";
    }

    std::unique_ptr<sim::DemoEnvironment> environment;
    wizard::SetupController::Options options;
    if (parser.isSet(managementCaOption)) {
        const QString caFile = QFileInfo(parser.value(managementCaOption)).absoluteFilePath();
        if (QSslCertificate::fromPath(caFile, QSsl::Pem).isEmpty()) {
            QTextStream(stderr) << QCoreApplication::translate(
                                       "main", "--management-ca %1: no PEM certificate could be "
                                               "read from it. Pass the CA certificate of the "
                                               "management endpoint in PEM format.\n")
                                       .arg(QDir::toNativeSeparators(caFile));
            return 2;
        }
        options.managementCaFile = caFile;
    }
    if (demo) {
        environment = std::make_unique<sim::DemoEnvironment>();
        QString error;
        if (!environment->start(&error)) {
            QTextStream(stderr) << QCoreApplication::translate("main",
                                                               "Demo mode failed to start: %1\n")
                                       .arg(error);
            return 1;
        }
        // Demo mode's plain values, wired into the controller here (sim knows no wizard).
        options.demo = true;
        options.accountConfigDir = environment->accountConfigDir();
        options.accountDataDir = environment->accountDataDir();
        options.settingsFile = environment->settingsFile();
        options.defaultCertDir = environment->certDir();
        options.networkAccessManager = environment->networkAccessManager();
        options.client = environment->clientOptions();
        options.provisioner = environment->provisionerOptions();
        options.keyType = environment->keyType();
        // Today's Azure in demo: the Entra ID and ARM simulators (the code approves itself).
        options.signInEndpoints = environment->cloudEndpoints();
        // `docker context create` writes here, never into the real ~/.docker.
        options.dockerConfigDir = environment->baseDir() + QStringLiteral("/docker-config");
    }
    wizard::SetupController controller(options);
    // Demo offers both paths; signing in to today's Azure (its simulators) is the default. The
    // screenshots walk the classic path first (their numbering).
    if (demo && !screenshots)
        controller.setAccess(wizard::SetupController::Access::SignIn);
    ui::SetupWizard wizard(&controller);
    if (parser.isSet(checkOption))
        wizard.showConnectionCheck();
    else if (!publishSettingsFile.isEmpty() && !screenshots)
        wizard.openPublishSettings(publishSettingsFile);

    int exitCode = 0;
    std::unique_ptr<ScreenshotDriver> driver;
    if (screenshots) {
        wizard.resize(860, 680);
        driver = std::make_unique<ScreenshotDriver>(&wizard, parser.value(screenshotsOption));
        // Another language than English gets its own set: ko-01-welcome.png, ...
        if (languageCode != QLatin1String("en"))
            driver->setFilePrefix(languageCode + QLatin1Char('-'));
        QObject::connect(driver.get(), &ScreenshotDriver::finished, &app, [&](int code) {
            exitCode = code;
            QCoreApplication::exit(code);
        });
        wizard.show();
        driver->start();
    } else {
        wizard.show();
    }
    const int rc = QApplication::exec();
    if (environment && environment->networkAccessManager()->refusedCount() > 0)
        QTextStream(stderr)
            << QCoreApplication::translate(
                   "main", "Demo guard: %1 request(s) to hosts other than loopback were refused.\n")
                   .arg(environment->networkAccessManager()->refusedCount());
    return screenshots ? exitCode : rc;
}
