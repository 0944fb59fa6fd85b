#include "classic/publishsettings.h"

#include "classic/pkcs12.h"
#include "classic/xmltree.h"
#include "common/logging.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSet>
#include <QUuid>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace dockervm::classic {

namespace {

const QString kPublicEndpoint = QStringLiteral("https://management.core.windows.net");

struct RawProfile
{
    QString schemaVersion;
    QString url;
    QString certificate;
};

struct RawSubscription
{
    int profile = 0;
    QString id;
    QString name;
    QString url;
    QString certificate;
    qint64 line = 0;
};

PublishSettingsResult failure(PublishSettingsError code, const QString &message)
{
    PublishSettingsResult r;
    r.error = code;
    r.errorMessage = message;
    return r;
}

// Where the user gets a fresh file for that cloud.
QString downloadPage(Cloud cloud)
{
    switch (cloud) {
    case Cloud::Public:
        return QStringLiteral("https://manage.windowsazure.com/publishsettings");
    case Cloud::China:
        return QStringLiteral("https://manage.windowsazure.cn/publishsettings");
    case Cloud::USGovernment:
        return QStringLiteral("https://manage.windowsazure.us/publishsettings");
    case Cloud::Germany:
    case Cloud::Custom:
        break;
    }
    return {};
}

PublishSettingsError mapPkcs12Error(Pkcs12Error e)
{
    switch (e) {
    case Pkcs12Error::WrongPassword:
        return PublishSettingsError::CertificatePasswordProtected;
    case Pkcs12Error::NoPrivateKey:
        return PublishSettingsError::CertificateWithoutKey;
    case Pkcs12Error::NoCertificate:
    case Pkcs12Error::KeyMismatch:
        return PublishSettingsError::CertificateKeyMismatch;
    case Pkcs12Error::Unsupported:
    case Pkcs12Error::UnsupportedKey:
    case Pkcs12Error::Internal:
        return PublishSettingsError::CertificateUnsupported;
    case Pkcs12Error::NotPkcs12:
    case Pkcs12Error::None:
        break;
    }
    return PublishSettingsError::CertificateNotPkcs12;
}

struct CertOutcome
{
    std::optional<Pkcs12Contents> contents;
    Pkcs12Error code = Pkcs12Error::None;
    QString reason;
    bool badBase64 = false;
};

} // namespace

QString PublishSettings::errorCodeName(PublishSettingsError code)
{
    switch (code) {
    case PublishSettingsError::None:
        return QStringLiteral("None");
    case PublishSettingsError::FileUnreadable:
        return QStringLiteral("FileUnreadable");
    case PublishSettingsError::FileTooLarge:
        return QStringLiteral("FileTooLarge");
    case PublishSettingsError::EmptyFile:
        return QStringLiteral("EmptyFile");
    case PublishSettingsError::NotXml:
        return QStringLiteral("NotXml");
    case PublishSettingsError::DtdNotAllowed:
        return QStringLiteral("DtdNotAllowed");
    case PublishSettingsError::WrongRoot:
        return QStringLiteral("WrongRoot");
    case PublishSettingsError::NoPublishProfile:
        return QStringLiteral("NoPublishProfile");
    case PublishSettingsError::NoSubscription:
        return QStringLiteral("NoSubscription");
    case PublishSettingsError::SubscriptionWithoutId:
        return QStringLiteral("SubscriptionWithoutId");
    case PublishSettingsError::NoCertificate:
        return QStringLiteral("NoCertificate");
    case PublishSettingsError::BadBase64:
        return QStringLiteral("BadBase64");
    case PublishSettingsError::CertificateNotPkcs12:
        return QStringLiteral("CertificateNotPkcs12");
    case PublishSettingsError::CertificatePasswordProtected:
        return QStringLiteral("CertificatePasswordProtected");
    case PublishSettingsError::CertificateWithoutKey:
        return QStringLiteral("CertificateWithoutKey");
    case PublishSettingsError::CertificateKeyMismatch:
        return QStringLiteral("CertificateKeyMismatch");
    case PublishSettingsError::CertificateUnsupported:
        return QStringLiteral("CertificateUnsupported");
    case PublishSettingsError::InsecureEndpoint:
        return QStringLiteral("InsecureEndpoint");
    case PublishSettingsError::InvalidEndpoint:
        return QStringLiteral("InvalidEndpoint");
    }
    return QStringLiteral("Unknown");
}

PublishSettingsResult PublishSettings::parse(const QByteArray &xml)
{
    const QString nextStep =
        tr("Download a fresh .publishsettings file from the Azure portal and import that.");
    if (xml.size() > MaxFileSize) {
        return failure(PublishSettingsError::FileTooLarge,
                       tr("The publish settings are %1 KiB, more than the %2 KiB a real "
                          ".publishsettings file can be; refused without reading them. Check "
                          "that you chose the right file.")
                           .arg((xml.size() + 1023) / 1024)
                           .arg(MaxFileSize / 1024));
    }
    if (xml.trimmed().isEmpty()) {
        return failure(PublishSettingsError::EmptyFile,
                       tr("The publish settings file is empty. It may not have finished "
                          "downloading: %1")
                           .arg(nextStep));
    }

    QXmlStreamReader reader(xml);
    QList<RawProfile> profiles;
    QList<RawSubscription> subs;
    int depth = 0;
    bool inProfile = false;
    while (!reader.atEnd()) {
        const QXmlStreamReader::TokenType token = reader.readNext();
        switch (token) {
        case QXmlStreamReader::DTD:
            return failure(PublishSettingsError::DtdNotAllowed,
                           tr("The publish settings file contains a document type declaration "
                              "(DTD, line %1). Real .publishsettings files never do, and DTDs "
                              "and entities are refused for safety. %2")
                               .arg(reader.lineNumber())
                               .arg(nextStep));
        case QXmlStreamReader::EntityReference:
            return failure(PublishSettingsError::DtdNotAllowed,
                           tr("The publish settings file uses an XML entity (line %1), which is "
                              "refused for safety. %2")
                               .arg(reader.lineNumber())
                               .arg(nextStep));
        case QXmlStreamReader::StartElement: {
            const auto name = reader.name();
            const QXmlStreamAttributes attrs = reader.attributes();
            if (depth == 0 && name != QLatin1String("PublishData")) {
                return failure(PublishSettingsError::WrongRoot,
                               tr("This is an XML file, but not Azure publish settings: its root "
                                  "element is <%1>, not <PublishData>. Choose the file whose name "
                                  "ends in .publishsettings.")
                                   .arg(name.toString()));
            }
            if (depth == 1 && name == QLatin1String("PublishProfile")) {
                RawProfile p;
                p.schemaVersion = attrs.value(QLatin1String("SchemaVersion")).toString().trimmed();
                p.url = attrs.value(QLatin1String("Url")).toString().trimmed();
                p.certificate = attrs.value(QLatin1String("ManagementCertificate")).toString();
                profiles.append(p);
                inProfile = true;
            } else if (depth == 2 && inProfile && name == QLatin1String("Subscription")) {
                RawSubscription s;
                s.profile = int(profiles.size()) - 1;
                s.id = attrs.value(QLatin1String("Id")).toString().trimmed();
                s.name = attrs.value(QLatin1String("Name")).toString().trimmed();
                s.url = attrs.value(QLatin1String("ServiceManagementUrl")).toString().trimmed();
                s.certificate = attrs.value(QLatin1String("ManagementCertificate")).toString();
                s.line = reader.lineNumber();
                subs.append(s);
            }
            ++depth;
            break;
        }
        case QXmlStreamReader::EndElement:
            --depth;
            if (depth == 1)
                inProfile = false;
            break;
        default:
            break;
        }
    }
    if (reader.hasError()) {
        // The position of the offending byte, not of the XML declaration, for encoding errors.
        return failure(PublishSettingsError::NotXml,
                       tr("The publish settings file is not valid XML at %1. It may be "
                          "truncated, damaged or not a .publishsettings file. %2")
                           .arg(xmlErrorText(reader, xml), nextStep));
    }
    if (profiles.isEmpty()) {
        return failure(PublishSettingsError::NoPublishProfile,
                       tr("The publish settings file has no <PublishProfile> element, so it names "
                          "no subscription. %1")
                           .arg(nextStep));
    }
    if (subs.isEmpty()) {
        return failure(
            PublishSettingsError::NoSubscription,
            tr("The publish settings file lists no subscription. Your account may "
               "have no active subscription with access to the classic (Service "
               "Management) API; check the Azure portal, then download the file again."));
    }

    PublishSettingsResult result;
    QHash<QString, CertOutcome> certCache; // schema 1.0 shares one certificate
    QSet<QString> seenIds;
    QHash<QString, int> duplicates; // lower-case id -> copies after the first
    QStringList duplicateOrder;     // lower-case ids in the order first duplicated
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const RawSubscription &raw : subs) {
        const RawProfile &profile = profiles.at(raw.profile);
        const QString label = raw.name.isEmpty() ? raw.id : raw.name;
        if (raw.id.isEmpty()) {
            return failure(PublishSettingsError::SubscriptionWithoutId,
                           tr("The subscription “%1” on line %2 has no Id attribute, so it "
                              "cannot be used. %3")
                               .arg(raw.name.isEmpty() ? tr("(unnamed)") : raw.name)
                               .arg(raw.line)
                               .arg(nextStep));
        }

        // Endpoint: the subscription's wins, then the profile's, then the public cloud.
        QString urlText = raw.url.isEmpty() ? profile.url : raw.url;
        if (urlText.isEmpty()) {
            urlText = kPublicEndpoint;
            result.warnings.append(tr("Subscription “%1” names no management endpoint; using the "
                                      "public Azure cloud (%2).")
                                       .arg(label, kPublicEndpoint));
        }
        QUrl url(urlText, QUrl::StrictMode);
        if (url.scheme().compare(QLatin1String("http"), Qt::CaseInsensitive) == 0) {
            return failure(PublishSettingsError::InsecureEndpoint,
                           tr("The management endpoint of subscription “%1” is %2, which is not "
                              "encrypted (http). Only https endpoints are accepted; the "
                              "certificate would otherwise be sent in the clear. %3")
                               .arg(label, urlText, nextStep));
        }
        if (!url.isValid() || url.host().isEmpty() ||
            url.scheme().compare(QLatin1String("https"), Qt::CaseInsensitive) != 0) {
            return failure(PublishSettingsError::InvalidEndpoint,
                           tr("The management endpoint of subscription “%1” is “%2”, which is "
                              "not an https URL. %3")
                               .arg(label, urlText, nextStep));
        }
        QString path = url.path();
        while (path.endsWith(QLatin1Char('/')))
            path.chop(1);
        url.setPath(path);
        url.setScheme(QStringLiteral("https"));
        url.setHost(url.host().toLower());
        const Cloud cloud = cloudForEndpoint(url);
        QString page = downloadPage(cloud);
        const QString certNextStep =
            page.isEmpty()
                ? nextStep
                : tr("Download a fresh .publishsettings file from %1 and import that.").arg(page);

        const QString certText =
            raw.certificate.trimmed().isEmpty() ? profile.certificate : raw.certificate;
        if (certText.trimmed().isEmpty()) {
            return failure(PublishSettingsError::NoCertificate,
                           tr("Subscription “%1” has no management certificate (no "
                              "ManagementCertificate attribute on it or on its profile). %2")
                               .arg(label, certNextStep));
        }
        if (seenIds.contains(raw.id.toLower())) {
            // One warning per id, with the count, after the loop (not one per copy).
            const QString key = raw.id.toLower();
            if (!duplicates.contains(key))
                duplicateOrder.append(key);
            duplicates[key] += 1;
            continue;
        }

        auto it = certCache.find(certText);
        if (it == certCache.end()) {
            CertOutcome outcome;
            QByteArray compact = certText.toLatin1();
            compact.replace(' ', QByteArray())
                .replace('\n', QByteArray())
                .replace('\r', QByteArray())
                .replace('\t', QByteArray());
            const auto decoded =
                QByteArray::fromBase64Encoding(compact, QByteArray::AbortOnBase64DecodingErrors);
            bool ascii = true;
            for (const QChar c : certText)
                ascii = ascii && c.unicode() < 128;
            if (!ascii || !decoded || decoded.decoded.isEmpty()) {
                outcome.badBase64 = true;
            } else {
                outcome.contents =
                    importPkcs12(decoded.decoded, QByteArray(), &outcome.reason, &outcome.code);
            }
            it = certCache.insert(certText, outcome);
        }
        const CertOutcome &cert = it.value();
        if (cert.badBase64) {
            return failure(PublishSettingsError::BadBase64,
                           tr("The management certificate of subscription “%1” is not valid "
                              "base64 text; the file was probably damaged or edited. %2")
                               .arg(label, certNextStep));
        }
        if (!cert.contents) {
            return failure(mapPkcs12Error(cert.code),
                           tr("The management certificate of subscription “%1” cannot be used: "
                              "%2. Publish settings certificates have no password. %3")
                               .arg(label, cert.reason, certNextStep));
        }

        Subscription s;
        s.id = raw.id;
        s.name = raw.name.isEmpty() ? raw.id : raw.name;
        s.managementEndpoint = url;
        s.cloud = cloud;
        s.certificate = cert.contents->certificate;
        s.privateKey = cert.contents->privateKey;
        seenIds.insert(raw.id.toLower());

        const QDateTime notAfter = s.certificate.expiryDate();
        const QDateTime notBefore = s.certificate.effectiveDate();
        if (notAfter.isValid() && notAfter < now) {
            result.warnings.append(
                tr("The management certificate of subscription “%1” expired on %2; Azure will "
                   "refuse it. Imported anyway; %3")
                    .arg(label, notAfter.toString(Qt::ISODate), certNextStep));
        } else if (notBefore.isValid() && notBefore > now) {
            result.warnings.append(
                tr("The management certificate of subscription “%1” is not valid before %2; "
                   "check this computer's clock. Imported anyway.")
                    .arg(label, notBefore.toString(Qt::ISODate)));
        }
        qCDebug(lcAzure) << "publishsettings: subscription" << s.id << "endpoint"
                         << s.managementEndpoint.toString() << "cloud" << cloudId(s.cloud)
                         << "schema"
                         << (profile.schemaVersion.isEmpty() ? QStringLiteral("1.0")
                                                             : profile.schemaVersion);
        result.subscriptions.append(s);
    }
    for (const QString &key : std::as_const(duplicateOrder)) {
        QString id = key;
        for (const Subscription &kept : std::as_const(result.subscriptions)) {
            if (kept.id.toLower() == key)
                id = kept.id; // as the file spells the one imported
        }
        result.warnings.append(tr("Subscription %1 appears %n times in the file; the first one "
                                  "is used.",
                                  nullptr, duplicates.value(key) + 1)
                                   .arg(id));
    }
    return result;
}

PublishSettingsResult PublishSettings::load(const QString &path)
{
    auto named = [&path](PublishSettingsResult r) {
        if (!r.ok())
            r.errorMessage = tr("Cannot import “%1”: %2").arg(path, r.errorMessage);
        return r;
    };
    const QFileInfo info(path);
    if (!info.exists()) {
        return named(failure(PublishSettingsError::FileUnreadable,
                             tr("the file does not exist. Check the path.")));
    }
    if (info.isDir()) {
        return named(failure(PublishSettingsError::FileUnreadable,
                             tr("it is a folder. Give the path of the .publishsettings file.")));
    }
    // A FIFO without a writer would block open() for ever, a device would never end: only
    // regular files are read (checked again on the opened descriptor below).
    const auto notRegular = [&named] {
        return named(failure(PublishSettingsError::FileUnreadable,
                             tr("it is not a regular file (a pipe, socket or device). Save the "
                                ".publishsettings file to disk and give its path.")));
    };
    if (!info.isFile())
        return notRegular();
    if (info.size() > MaxFileSize) {
        return named(failure(PublishSettingsError::FileTooLarge,
                             tr("the file is %1 KiB, more than the %2 KiB a real "
                                ".publishsettings file can be; refused without reading it. Check "
                                "that you chose the right file.")
                                 .arg((info.size() + 1023) / 1024)
                                 .arg(MaxFileSize / 1024)));
    }
    QFile file(path);
#ifdef Q_OS_UNIX
    // The path may have been swapped for a FIFO since the check: open without blocking and
    // look at what was opened.
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0) {
        return named(failure(PublishSettingsError::FileUnreadable,
                             tr("the file cannot be opened (%1). Check its permissions.")
                                 .arg(QString::fromLocal8Bit(std::strerror(errno)))));
    }
    struct stat st = {};
    if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
        ::close(fd);
        return notRegular();
    }
    if (st.st_size > MaxFileSize) {
        ::close(fd);
        return named(failure(PublishSettingsError::FileTooLarge,
                             tr("the file is larger than the %1 KiB a real .publishsettings file "
                                "can be; refused. Check that you chose the right file.")
                                 .arg(MaxFileSize / 1024)));
    }
    const bool opened = file.open(fd, QIODevice::ReadOnly, QFileDevice::AutoCloseHandle);
    if (!opened)
        ::close(fd);
#else
    const bool opened = file.open(QIODevice::ReadOnly);
#endif
    if (!opened) {
        return named(failure(
            PublishSettingsError::FileUnreadable,
            tr("the file cannot be opened (%1). Check its permissions.").arg(file.errorString())));
    }
    // Never read more than the limit plus one byte, whatever the file claims to be.
    const QByteArray data = file.read(MaxFileSize + 1);
    if (file.error() != QFileDevice::NoError) {
        return named(failure(PublishSettingsError::FileUnreadable,
                             tr("the file cannot be read (%1).").arg(file.errorString())));
    }
    if (data.size() > MaxFileSize) {
        return named(failure(PublishSettingsError::FileTooLarge,
                             tr("the file is larger than the %1 KiB a real .publishsettings file "
                                "can be; refused. Check that you chose the right file.")
                                 .arg(MaxFileSize / 1024)));
    }
    return named(parse(data));
}

QByteArray PublishSettings::writeSchema2(const QList<Subscription> &subs, QString *error)
{
    QByteArray out;
    QXmlStreamWriter w(&out);
    w.setAutoFormatting(true);
    w.writeStartDocument();
    w.writeStartElement(QStringLiteral("PublishData"));
    w.writeStartElement(QStringLiteral("PublishProfile"));
    w.writeAttribute(QStringLiteral("SchemaVersion"), QStringLiteral("2.0"));
    w.writeAttribute(QStringLiteral("PublishMethod"), QStringLiteral("AzureServiceManagementAPI"));
    for (const Subscription &s : subs) {
        if (s.id.isEmpty() || s.certificate.isNull() || s.privateKey.isNull()) {
            if (error) {
                *error = tr("Subscription “%1” cannot be written: it needs an id, a certificate "
                            "and its private key.")
                             .arg(s.name.isEmpty() ? s.id : s.name);
            }
            return {};
        }
        QString why;
        QByteArray keyPem = s.privateKey.toPem();
        const QByteArray p12 =
            exportPkcs12Legacy(s.certificate.toPem(), keyPem,
                               QUuid::createUuid().toString(QUuid::WithBraces).toUpper(), &why);
        keyPem.fill('\0');
        if (p12.isEmpty()) {
            if (error) {
                *error = tr("The certificate of subscription “%1” cannot be written: %2.")
                             .arg(s.name.isEmpty() ? s.id : s.name, why);
            }
            return {};
        }
        QString endpoint =
            s.managementEndpoint.isEmpty() ? kPublicEndpoint : s.managementEndpoint.toString();
        while (endpoint.endsWith(QLatin1Char('/')))
            endpoint.chop(1);
        w.writeStartElement(QStringLiteral("Subscription"));
        w.writeAttribute(QStringLiteral("ServiceManagementUrl"), endpoint);
        w.writeAttribute(QStringLiteral("Id"), s.id);
        w.writeAttribute(QStringLiteral("Name"), s.name);
        w.writeAttribute(QStringLiteral("ManagementCertificate"),
                         QString::fromLatin1(p12.toBase64()));
        w.writeEndElement();
    }
    w.writeEndElement();
    w.writeEndElement();
    w.writeEndDocument();
    return out;
}

} // namespace dockervm::classic
