// The OS image list at any size: what `docker-vm images --all --json` does with the reply
// (stream parse, filter and sort, JSON written as it goes), timed, with the peak memory.
// Prints numbers; asserts nothing about time or memory.
//
// Usage: bench_images [iterations]         the recorded 264-image reply (median of runs), then
//                                          300 / 3,000 / 30,000 / 100,000 images, each size in
//                                          a child process of its own (its own peak RSS)
//        bench_images --size N             one size, in this process (what the children run)
//
// The large lists repeat the recorded images with unique names, fed to the parser in 64 KiB
// pieces as the network would (the document is never held whole). Peak RSS is VmHWM of
// /proc/self/status at the end; "base" is VmHWM before the list, the process's own start-up.
#include "classic/models.h"

#include "asm_fixtures.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonObject>
#include <QProcess>
#include <QTextStream>

#include <algorithm>
#include <cstdio>

#include <sys/resource.h>

using namespace dockervm::classic;

namespace {

qint64 statusKb(const char *field)
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray key = QByteArray(field) + ':';
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith(key))
            return line.mid(key.size()).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

// The recorded document cut into its head (up to <Images ...>), its 264 <OSImage> elements and
// its tail.
struct Template
{
    QByteArray head, tail;
    QList<QByteArray> images;
};

Template cut(const QByteArray &xml)
{
    Template t;
    qsizetype at = xml.indexOf("<OSImage>");
    t.head = xml.left(at);
    while (at >= 0) {
        const qsizetype end = xml.indexOf("</OSImage>", at) + int(qstrlen("</OSImage>"));
        t.images.append(xml.mid(at, end - at));
        at = xml.indexOf("<OSImage>", end);
        if (at < 0)
            t.tail = xml.mid(end);
    }
    return t;
}

// Image k of the synthetic list: recorded image k % 264, its name made unique.
QByteArray imageXml(const Template &t, qsizetype k)
{
    QByteArray e = t.images.at(k % t.images.size());
    const qsizetype close = e.indexOf("</Name>");
    e.insert(close, "-copy" + QByteArray::number(k));
    return e;
}

double cpuSeconds()
{
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return double(u.ru_utime.tv_sec + u.ru_stime.tv_sec) +
           double(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6;
}

int runSize(qsizetype count)
{
    const qint64 baseKb = statusKb("VmHWM");
    const Template t =
        cut(dockervm::testing::asmFixture(QStringLiteral("list-os-images-2014-09.xml")));
    if (t.images.size() != 264) {
        std::fprintf(stderr, "bench_images: fixture missing or changed\n");
        return 1;
    }
    constexpr qsizetype kPiece = 64 * 1024;
    const double cpuAtStart = cpuSeconds(); // generating the pieces included: an upper bound
    OsImageListParser parser;
    QElapsedTimer clock;
    qint64 parseNs = 0, bytes = 0;
    QByteArray piece = t.head;
    auto feed = [&](bool last) {
        if (piece.size() < kPiece && !last)
            return;
        bytes += piece.size();
        clock.start();
        parser.addData(piece);
        parseNs += clock.nsecsElapsed();
        piece.clear();
    };
    for (qsizetype k = 0; k < count; ++k) {
        piece += imageXml(t, k);
        feed(false);
    }
    piece += t.tail;
    feed(true);
    clock.start();
    QString error;
    if (!parser.finish(&error)) {
        std::fprintf(stderr, "bench_images: %s\n", qPrintable(error));
        return 1;
    }
    QList<OsImage> images = parser.takeImages();
    parseNs += clock.nsecsElapsed();

    // What the command does next: all images sorted, JSON to stdout (here /dev/null, UTF-8
    // bytes to the device as the command writes them).
    clock.start();
    const QList<OsImage> sorted = filterImages(std::move(images), QString(), false);
    const qint64 sortNs = clock.nsecsElapsed();
    QFile devNull(QStringLiteral("/dev/null"));
    if (!devNull.open(QIODevice::WriteOnly))
        return 1;
    qint64 jsonBytes = 0;
    clock.start();
    JsonArrayStreamWriter writer([&](const QByteArray &text) {
        jsonBytes += text.size();
        devNull.write(text);
    });
    for (const OsImage &i : sorted)
        writer.appendElement(osImageJsonElement(i));
    writer.finish();
    const qint64 jsonNs = clock.nsecsElapsed();
    const qint64 peakKb = statusKb("VmHWM");
    const double totalS = (parseNs + sortNs + jsonNs) / 1e9;
    const double cpuS = cpuSeconds() - cpuAtStart;
    std::printf("%9lld images %8.1f MB xml | parse %8.1f ms  sort %7.1f ms  json %8.1f ms "
                "(%6.1f MB) | total %7.2f s %6.1f MB/s (CPU %6.2f s, %5.1f MB/CPU-s) | peak RSS "
                "%6.1f MB (base %5.1f MB) "
                "%5.2f KB/image\n",
                static_cast<long long>(sorted.size()), bytes / 1e6, parseNs / 1e6, sortNs / 1e6,
                jsonNs / 1e6, jsonBytes / 1e6, totalS, bytes / 1e6 / totalS, cpuS,
                bytes / 1e6 / cpuS, peakKb / 1024.0, baseKb / 1024.0,
                double(peakKb - baseKb) / double(std::max<qsizetype>(1, count)));
    return sorted.size() == count ? 0 : 1;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() > 2 && args.at(1) == QLatin1String("--size"))
        return runSize(args.at(2).toLongLong());

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
    out << "images --all --json at size (each in its own process):\n";
    out.flush();

    int failures = 0;
    for (const qsizetype n : {300, 3000, 30000, 100000}) {
        QProcess child;
        child.setProcessChannelMode(QProcess::ForwardedChannels);
        child.start(QCoreApplication::applicationFilePath(),
                    {QStringLiteral("--size"), QString::number(n)});
        // A benchmark's own driver: the child is the measurement, nothing else runs here.
        if (!child.waitForFinished(-1) || child.exitCode() != 0)
            ++failures;
    }
    return failures == 0 ? 0 : 1;
}
