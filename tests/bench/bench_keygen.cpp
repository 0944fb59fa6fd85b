// Key generation time per key type (OpenSSL 3 through certs/x509.h), and the time of a fresh
// Docker TLS set (CA + client + server: three keys) per key type. Prints numbers; asserts nothing
// about time. Usage: bench_keygen [runs]   (default 5; RSA 4096 uses at most 3 unless given)
#include "certs/dockertlsstore.h"
#include "certs/x509.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <numeric>

#ifdef Q_OS_UNIX
#include <time.h>
#endif

using namespace dockervm::certs;

namespace {

// CPU time of this thread in ms: unlike wall time it does not grow when other jobs load the
// machine.
double threadCpuMs()
{
#ifdef Q_OS_UNIX
    timespec ts{};
    if (clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts) == 0)
        return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
#endif
    return 0;
}

struct Stats
{
    double mean = 0, min = 0, max = 0;
};

Stats stats(const QList<double> &ms)
{
    Stats s;
    if (ms.isEmpty())
        return s;
    s.mean = std::accumulate(ms.cbegin(), ms.cend(), 0.0) / double(ms.size());
    s.min = *std::min_element(ms.cbegin(), ms.cend());
    s.max = *std::max_element(ms.cbegin(), ms.cend());
    return s;
}

void print(QTextStream &out, const QString &what, const QList<double> &ms, const QList<double> &cpu)
{
    const Stats s = stats(ms);
    const Stats c = stats(cpu);
    out << QStringLiteral("%1  runs=%2  wall mean=%3 ms  min=%4 ms  max=%5 ms  |  cpu mean=%6 ms  "
                          "min=%7 ms  max=%8 ms")
               .arg(what.leftJustified(26))
               .arg(ms.size())
               .arg(s.mean, 0, 'f', 1)
               .arg(s.min, 0, 'f', 1)
               .arg(s.max, 0, 'f', 1)
               .arg(c.mean, 0, 'f', 1)
               .arg(c.min, 0, 'f', 1)
               .arg(c.max, 0, 'f', 1)
        << Qt::endl;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    bool explicitRuns = false;
    int runs = 5;
    if (argc > 1) {
        runs = std::max(1, QString::fromLocal8Bit(argv[1]).toInt(&explicitRuns));
        if (!explicitRuns)
            runs = 5;
    }

    out << "bench_keygen: OpenSSL key generation through certs/x509.h" << Qt::endl;
    int failures = 0;
    for (KeyType type : {KeyType::EcdsaP256, KeyType::Rsa2048, KeyType::Rsa4096}) {
        const int n = (type == KeyType::Rsa4096 && !explicitRuns) ? std::min(runs, 3) : runs;
        QList<double> ms, cpu;
        for (int i = 0; i < n; ++i) {
            QElapsedTimer t;
            t.start();
            const double cpu0 = threadCpuMs();
            QString error;
            const auto key = generatePrivateKeyPem(type, &error);
            const double elapsed = double(t.nsecsElapsed()) / 1e6;
            cpu << threadCpuMs() - cpu0;
            if (!key) {
                out << "  FAILED: " << error << Qt::endl;
                ++failures;
                break;
            }
            ms << elapsed;
        }
        print(out, QStringLiteral("key %1").arg(keyTypeId(type)), ms, cpu);
    }

    // A fresh set as `docker-vm certs create` makes it: three keys, three certificates, six files.
    for (KeyType type : {KeyType::EcdsaP256, KeyType::Rsa2048, KeyType::Rsa4096}) {
        QList<double> ms, cpu;
        const int n = type == KeyType::Rsa4096 ? 1 : std::min(runs, 3);
        for (int i = 0; i < n; ++i) {
            QTemporaryDir dir;
            DockerTlsOptions options;
            options.keyType = type;
            QElapsedTimer t;
            t.start();
            const double cpu0 = threadCpuMs();
            const DockerTlsResult r =
                DockerTlsStore(dir.filePath(QStringLiteral("docker")))
                    .ensureForHost(QStringLiteral("bench.example"), {}, options);
            const double elapsed = double(t.nsecsElapsed()) / 1e6;
            cpu << threadCpuMs() - cpu0;
            if (!r.ok) {
                out << "  FAILED: " << r.error << Qt::endl;
                ++failures;
                break;
            }
            ms << elapsed;
        }
        print(out, QStringLiteral("fresh TLS set %1").arg(keyTypeId(type)), ms, cpu);
    }
    return failures == 0 ? 0 : 1;
}
