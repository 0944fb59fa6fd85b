#pragma once

#include "classic/xmltree.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

class QJsonObject;

namespace dockervm::classic {

// Plain value types for the ASM replies, parsed with the XmlElement tree of azure/xmltree.h:
// tolerant of the namespace (elements are matched by local name), of unknown elements (skipped)
// and of element order. Documents with a DTD are refused (no entity expansion).

struct Location
{
    QString name;                  // "West US": what requests use
    QString displayName;           // "West US"
    QStringList availableServices; // Compute, Storage, PersistentVMRole, HighMemory, ...
    QStringList webWorkerRoleSizes;
    QStringList vmRoleSizes; // ComputeCapabilities/VirtualMachinesRoleSizes

    // True when the region offers IaaS virtual machines (AvailableService PersistentVMRole).
    bool supportsVirtualMachines() const;
};

struct OsImage
{
    QString category; // Public, User, MSDN, Private
    QString label;
    QStringList locations; // from the ';'-separated Location element
    double logicalSizeInGB = 0;
    QString name;
    QString os; // Linux or Windows
    QString eula;
    QString description;
    QString imageFamily;
    bool showInGui = true;
    QDateTime publishedDate; // UTC; null when absent
    bool isPremium = false;
    QString iconUri;
    QString privacyUri;
    QString recommendedVmSize;
    QString publisherName;
    QString pricingDetailLink;
    QString smallIconUri;
    QString mediaLink; // user images
    QString osState;   // user images: Generalized / Specialized
    QString language;
    QString ioType;

    bool isLinux() const;
    bool isPlatformImage() const; // Category Public (not User/Private)
};

struct AvailabilityResponse
{
    bool available = false;
    QString reason; // empty when available (Reason i:nil="true")
};

struct Operation
{
    enum class Status { Unknown, InProgress, Succeeded, Failed };
    QString id;
    Status status = Status::Unknown;
    int httpStatusCode = 0; // 0 while in progress
    QString errorCode;
    QString errorMessage;

    bool isDone() const { return status == Status::Succeeded || status == Status::Failed; }
};

QString operationStatusName(Operation::Status status); // "InProgress", ...

// Parsers: nullopt and *error (translated) when the document is malformed or has the wrong root.
std::optional<QList<Location>> parseLocations(const QByteArray &xml, QString *error = nullptr);
std::optional<QList<OsImage>> parseOsImages(const QByteArray &xml, QString *error = nullptr);
std::optional<AvailabilityResponse> parseAvailabilityResponse(const QByteArray &xml,
                                                              QString *error = nullptr);
std::optional<Operation> parseOperation(const QByteArray &xml, QString *error = nullptr);

// The List OS Images reply read as it arrives, straight into OsImage values: no element tree,
// and the bytes need not be kept (ManagementClient feeds it chunk by chunk). Same rules as
// parseXmlDocument(): namespace-tolerant, unknown elements skipped, no DTD or entity, at most 64
// levels deep, root <Images>. Values that repeat across images (EULA, publisher, locations,
// URIs, descriptions...) share one copy, so a list of 100,000 images stays around 1 KB each.
class OsImageListParser
{
public:
    OsImageListParser();
    ~OsImageListParser();
    OsImageListParser(const OsImageListParser &) = delete;
    OsImageListParser &operator=(const OsImageListParser &) = delete;

    // The next piece of the document (any split, even inside a UTF-8 sequence or a tag).
    void addData(const QByteArray &chunk);
    // After the last piece: true when the document was whole and well-formed; *error
    // (translated) otherwise. `whole`, when the caller still has the bytes, lets the message
    // point at an invalid UTF-8 byte precisely.
    bool finish(QString *error = nullptr, const QByteArray *whole = nullptr);
    bool hasError() const;
    qsizetype count() const; // images read so far
    QList<OsImage> takeImages();

private:
    struct State;
    std::unique_ptr<State> d;
};

// Element mappers for callers that already hold a tree (e.g. nested in a bigger document).
Location locationFromXml(const XmlElement &element);
OsImage osImageFromXml(const XmlElement &element);

// The default image filter: the Ubuntu Server 14.04 LTS platform images that the 2014
// `azure vm docker create` used.
inline constexpr QLatin1StringView kDefaultImageFilter{"Ubuntu-14_04"};

// Sort order for image listings: Linux first, then newest PublishedDate first, then name.
void sortImages(QList<OsImage> &images);
// Images whose Name contains `substring` (case-insensitive; empty matches all), Linux only when
// asked, sorted with sortImages().
QList<OsImage> filterImages(const QList<OsImage> &images,
                            const QString &substring = QString(kDefaultImageFilter),
                            bool linuxOnly = true);
// The same in place, without copying the images kept (for lists of any size).
QList<OsImage> filterImages(QList<OsImage> &&images,
                            const QString &substring = QString(kDefaultImageFilter),
                            bool linuxOnly = true);

// The JSON form of an image in `images --json` (keys: name, label, os, category, imageFamily,
// publisherName, publishedDate (ISO 8601 or null), recommendedVmSize, logicalSizeInGB,
// isPremium, locations, lacksExtensionAgent).
QJsonObject osImageToJson(const OsImage &image);
// The same object as UTF-8 text, exactly as QJsonDocument::Indented writes it as an element of a
// top-level array (indented one level, no final newline), written directly: ~10x faster.
QByteArray osImageJsonElement(const OsImage &image);

// Writes a JSON array one element at a time, in exactly the text QJsonDocument::Indented gives
// for the whole array, without building the array: memory stays that of one element.
class JsonArrayStreamWriter
{
public:
    // `sink` receives UTF-8 text in pieces (one per element, plus the brackets).
    explicit JsonArrayStreamWriter(std::function<void(const QByteArray &)> sink);
    void append(const QJsonObject &object);
    // An element already in its indented text (e.g. osImageJsonElement()).
    void appendElement(const QByteArray &indentedElement);
    void finish(); // the closing bracket; nothing may be appended after it

private:
    std::function<void(const QByteArray &)> m_sink;
    qsizetype m_count = 0;
    bool m_finished = false;
};
// Locations offering PersistentVMRole, in the order given.
QList<Location> virtualMachineLocations(const QList<Location> &locations);

// Images published before 2014-07-24 carry a Linux agent too old for VM extensions such as the
// DockerExtension. Without a PublishedDate the YYYYMMDD in the name decides; false when unknown.
bool lacksExtensionAgent(const OsImage &image);
QDateTime extensionAgentCutoff(); // 2014-07-24T00:00:00Z

} // namespace dockervm::classic

Q_DECLARE_METATYPE(dockervm::classic::Location)
Q_DECLARE_METATYPE(dockervm::classic::OsImage)
