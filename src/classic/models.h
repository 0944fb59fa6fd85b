#pragma once

#include "classic/xmltree.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <optional>

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
// Locations offering PersistentVMRole, in the order given.
QList<Location> virtualMachineLocations(const QList<Location> &locations);

// Images published before 2014-07-24 carry a Linux agent too old for VM extensions such as the
// DockerExtension. Without a PublishedDate the YYYYMMDD in the name decides; false when unknown.
bool lacksExtensionAgent(const OsImage &image);
QDateTime extensionAgentCutoff(); // 2014-07-24T00:00:00Z

} // namespace dockervm::classic

Q_DECLARE_METATYPE(dockervm::classic::Location)
Q_DECLARE_METATYPE(dockervm::classic::OsImage)
