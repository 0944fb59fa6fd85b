// dockervm-iconrender: a build tool. Renders the application's SVG icon to the PNG sizes of the
// hicolor theme and to a Windows .ico, with Qt's own SVG renderer, so the build needs no tool
// beyond Qt (the same on Debian and on Windows).
//
//   dockervm-iconrender ICON.svg OUTDIR SIZE...   OUTDIR/<S>x<S>/apps/<basename>.png per size
//   dockervm-iconrender --ico ICON.svg OUT.ico    16, 24, 32, 48, 64, 256 in one .ico (PNG entries)
#include <QBuffer>
#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QImage>
#include <QList>
#include <QPainter>
#include <QSaveFile>
#include <QSvgRenderer>
#include <QTextStream>
#include <QtEndian>

namespace {

int fail(const QString &message)
{
    QTextStream(stderr) << "dockervm-iconrender: " << message << '\n';
    return 1;
}

QByteArray renderPng(QSvgRenderer &renderer, int size)
{
    QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    renderer.render(&painter, QRectF(0, 0, size, size));
    painter.end();
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.convertToFormat(QImage::Format_ARGB32).save(&buffer, "PNG");
    return png;
}

bool writeFile(const QString &path, const QByteArray &data, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit()) {
        *error = QStringLiteral("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

void appendLe16(QByteArray &out, quint16 v)
{
    char b[2];
    qToLittleEndian(v, b);
    out.append(b, 2);
}

void appendLe32(QByteArray &out, quint32 v)
{
    char b[4];
    qToLittleEndian(v, b);
    out.append(b, 4);
}

// ICONDIR + ICONDIRENTRY[n] + PNG images (PNG entries: Windows Vista and later).
QByteArray makeIco(QSvgRenderer &renderer, const QList<int> &sizes)
{
    QList<QByteArray> images;
    for (int s : sizes)
        images.append(renderPng(renderer, s));
    QByteArray out;
    appendLe16(out, 0);
    appendLe16(out, 1); // icon
    appendLe16(out, quint16(sizes.size()));
    quint32 offset = quint32(6 + 16 * sizes.size());
    for (qsizetype i = 0; i < sizes.size(); ++i) {
        const int s = sizes.at(i);
        out.append(char(s >= 256 ? 0 : s)); // 0 means 256
        out.append(char(s >= 256 ? 0 : s));
        out.append(char(0)); // no palette
        out.append(char(0));
        appendLe16(out, 1);  // planes
        appendLe16(out, 32); // bits per pixel
        appendLe32(out, quint32(images.at(i).size()));
        appendLe32(out, offset);
        offset += quint32(images.at(i).size());
    }
    for (const QByteArray &png : images)
        out.append(png);
    return out;
}

} // namespace

int main(int argc, char *argv[])
{
    // No window is shown; the offscreen platform keeps the tool working without a display.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QStringList args = QCoreApplication::arguments().mid(1);
    const bool ico = !args.isEmpty() && args.first() == QLatin1String("--ico");
    if (ico)
        args.removeFirst();
    if (args.size() < (ico ? 2 : 3))
        return fail(QStringLiteral("usage: dockervm-iconrender ICON.svg OUTDIR SIZE... | --ico "
                                   "ICON.svg OUT.ico"));

    QSvgRenderer renderer(args.at(0));
    if (!renderer.isValid())
        return fail(QStringLiteral("%1 is not a valid SVG file").arg(args.at(0)));

    QString error;
    if (ico) {
        if (!writeFile(args.at(1), makeIco(renderer, {16, 24, 32, 48, 64, 256}), &error))
            return fail(error);
        return 0;
    }
    const QString base = QFileInfo(args.at(0)).completeBaseName();
    for (const QString &arg : args.mid(2)) {
        bool ok = false;
        const int size = arg.toInt(&ok);
        if (!ok || size < 1 || size > 1024)
            return fail(QStringLiteral("%1 is not an icon size (1 to 1024)").arg(arg));
        const QString dir = QStringLiteral("%1/%2x%2/apps").arg(args.at(1)).arg(size);
        if (!QDir().mkpath(dir))
            return fail(QStringLiteral("cannot create %1").arg(dir));
        if (!writeFile(QStringLiteral("%1/%2.png").arg(dir, base), renderPng(renderer, size),
                       &error))
            return fail(error);
    }
    return 0;
}
