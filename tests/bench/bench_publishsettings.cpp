// Prints how long PublishSettings::parse takes (ms per parse) for a realistic legacy file with
// two subscriptions sharing one RC2-40/3DES PKCS#12 (schema 1.0), and for a 50-subscription
// schema 2.0 file with one PKCS#12 per subscription. Asserts nothing about time.
#include "classic/publishsettings.h"
#include "ps_testcerts.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

#include <cstdio>

using namespace dockervm;
using namespace dockervm::classic;
using namespace dockervm::testsupport;

namespace {

bool measure(const char *label, const QByteArray &xml, int expected, int iterations)
{
    // One warm-up parse (loads the OpenSSL providers once).
    PublishSettingsResult r = PublishSettings::parse(xml);
    if (!r.ok() || r.subscriptions.size() != expected) {
        std::fprintf(stderr, "%s: unexpected result: %s\n", label, qPrintable(r.errorMessage));
        return false;
    }
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < iterations; ++i)
        r = PublishSettings::parse(xml);
    const double ms = double(timer.nsecsElapsed()) / 1e6 / iterations;
    std::printf("%-44s %7.2f ms per parse  (%d subscriptions, %lld KiB, %d iterations)\n", label,
                ms, expected, static_cast<long long>(xml.size() / 1024), iterations);
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int iterations = qEnvironmentVariableIntValue("DOCKERVM_BENCH_ITERATIONS") > 0
                               ? qEnvironmentVariableIntValue("DOCKERVM_BENCH_ITERATIONS")
                               : 20;

    const PsKeyPair pair = psSelfSigned(QStringLiteral("bench"), PsKeyKind::Rsa2048);
    const QByteArray legacy2 =
        psSchema1(QStringLiteral("https://management.core.windows.net/"), psLegacyBase64(pair),
                  {{QStringLiteral("db1ab6f0-4769-4b27-930e-01e2ef9c123c"),
                    QStringLiteral("Account"),
                    {},
                    {}},
                   {QStringLiteral("db1ab6f0-4769-4b27-930e-01e2ef9c124d"),
                    QStringLiteral("Other"),
                    {},
                    {}}});

    QList<Subscription> subs;
    for (int i = 0; i < 50; ++i) {
        const PsKeyPair p = psSelfSigned(QStringLiteral("bench-%1").arg(i), PsKeyKind::Rsa2048);
        subs.append(psSubscription(
            QStringLiteral("00000000-0000-0000-0000-%1").arg(i, 12, 10, QLatin1Char('0')),
            QStringLiteral("Subscription %1").arg(i),
            QStringLiteral("https://management.core.windows.net"), p));
    }
    QString error;
    const QByteArray fifty = PublishSettings::writeSchema2(subs, &error);
    if (fifty.isEmpty()) {
        std::fprintf(stderr, "writeSchema2 failed: %s\n", qPrintable(error));
        return 1;
    }

    bool ok = measure("schema 1.0, 2 subscriptions, legacy PKCS#12", legacy2, 2, iterations);
    ok = measure("schema 2.0, 50 subscriptions, legacy PKCS#12", fifty, 50,
                 std::max(1, iterations / 10)) &&
         ok;

    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < iterations; ++i)
        PublishSettings::writeSchema2(subs.mid(0, 1), &error);
    std::printf("%-44s %7.2f ms per write\n", "writeSchema2, 1 subscription",
                double(timer.nsecsElapsed()) / 1e6 / iterations);
    return ok ? 0 : 1;
}
