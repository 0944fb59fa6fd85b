// Time to parse the recorded 264-image List OS Images reply and pick the Ubuntu 14.04 images.
// Prints numbers; asserts nothing about time. Usage: bench_images [iterations] (default 20).
#include "classic/models.h"

#include "asm_fixtures.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

#include <algorithm>
#include <cstdio>

using namespace dockervm::classic;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const int iterations = argc > 1 ? std::max(1, QByteArray(argv[1]).toInt()) : 20;
    const QByteArray xml =
        dockervm::testing::asmFixture(QStringLiteral("list-os-images-2014-09.xml"));
    if (xml.isEmpty()) {
        out << "bench_images: fixture missing\n";
        return 1;
    }

    // Warm-up, and a check that the work is the real one.
    const auto warm = parseOsImages(xml);
    if (!warm || warm->size() != 264 || filterImages(*warm).size() != 9) {
        out << "bench_images: unexpected parse result\n";
        return 1;
    }

    QList<double> parseMs, filterMs, totalMs;
    qsizetype kept = 0;
    for (int i = 0; i < iterations; ++i) {
        QElapsedTimer t;
        t.start();
        const auto images = parseOsImages(xml);
        const qint64 parsed = t.nsecsElapsed();
        const QList<OsImage> ubuntu = filterImages(*images);
        const qint64 filtered = t.nsecsElapsed();
        kept += ubuntu.size();
        parseMs << parsed / 1e6;
        filterMs << (filtered - parsed) / 1e6;
        totalMs << filtered / 1e6;
    }
    auto median = [](QList<double> v) {
        std::sort(v.begin(), v.end());
        return v.at(v.size() / 2);
    };
    const double mb = xml.size() / (1024.0 * 1024.0);
    const double total = median(totalMs);
    out << QStringLiteral("bench_images: %1 runs over %2 bytes (264 images -> %3 Ubuntu-14_04)\n")
               .arg(iterations)
               .arg(xml.size())
               .arg(kept / iterations);
    out << QStringLiteral("  parse   median %1 ms\n").arg(median(parseMs), 0, 'f', 3);
    out << QStringLiteral("  filter  median %1 ms\n").arg(median(filterMs), 0, 'f', 3);
    out << QStringLiteral("  total   median %1 ms/run, min %2 ms, %3 MB/s\n")
               .arg(total, 0, 'f', 3)
               .arg(*std::min_element(totalMs.cbegin(), totalMs.cend()), 0, 'f', 3)
               .arg(mb / (total / 1000.0), 0, 'f', 1);
    return 0;
}
