#pragma once

#include <QDate>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// Plain values read from ARM's discovery GETs (arm.md §1-2) and the pure functions that parse
// and classify them. No network here: arm::ArmCatalogue fetches, these parse (and the tests feed
// them the recorded fixtures directly).
namespace dockervm::arm {

struct Tenant
{
    QString tenantId;
    QString displayName;
    QString defaultDomain;
    QString category; // Home, ManagedBy, ProjectedBy
};

struct Subscription
{
    QString subscriptionId;
    QString displayName;
    QString state; // Enabled, Warned, PastDue, Disabled, Deleted
    QString tenantId;
    bool isEnabled() const
    {
        return state.compare(QLatin1String("Enabled"), Qt::CaseInsensitive) == 0;
    }
};

struct Location
{
    QString name;                // what ARM bodies use: "westus"
    QString displayName;         // "West US"
    QString regionalDisplayName; // "(US) West US"
    QString regionType;          // Physical, Logical
    QString regionCategory;      // Recommended, Other
    QString geographyGroup;
    bool isPhysical() const;
};

// One Ubuntu LTS image: the newest version of one Canonical offer/SKU in a location.
struct UbuntuImage
{
    QString publisher = QStringLiteral("Canonical");
    QString offer;
    QString sku;
    QString version;    // newest version name, e.g. "22.04.202411190"; "latest" before lookup
    QString release;    // "24.04"
    QString codename;   // "noble", "jammy", "focal", "bionic"
    int generation = 0; // 1 or 2: from the SKU name, confirmed by the version's hyperVGeneration
    QString architecture = QStringLiteral("x64");
    QDate releaseDate;                 // 1 April of the release year (Ubuntu LTS ships in April)
    QDate standardSupportEnd;          // releaseDate + 5 years
    bool outOfStandardSupport = false; // as of the date the catalogue was asked with

    QString urn() const;         // "Canonical:<offer>:<sku>:<version>"
    QString displayName() const; // "Ubuntu 24.04 LTS (Gen2)"
};

// Release, codename and generation of a Canonical offer/SKU pair that is a plain x64 Ubuntu
// Server LTS image; nullopt for everything else (daily, minimal, pro, cvm/confidential, arm64,
// non-LTS, Snappy, Core, test offers: not what the wizard offers; arm64 needs arm64 sizes,
// pro/cvm cost extra or need special sizes, minimal lacks what cloud-init's Docker setup uses).
// Known: ubuntu-24_04-lts/{server,server-gen1}, 0001-com-ubuntu-server-jammy/{22_04-lts-gen2,
// 22_04-lts}, 0001-com-ubuntu-server-focal/{20_04-lts-gen2,20_04-lts},
// UbuntuServer/{18.04-LTS,18_04-lts-gen2,16.04-LTS,16_04-lts-gen2,...}.
struct UbuntuRelease
{
    QString release;  // "22.04"
    QString codename; // "jammy"
    int generation = 0;
};
std::optional<UbuntuRelease> classifyUbuntuImage(const QString &offer, const QString &sku);
// Whether an offer may hold LTS server SKUs worth listing (ubuntu-XX_04-lts,
// 0001-com-ubuntu-server-<codename>, UbuntuServer).
bool isUbuntuServerOffer(const QString &offer);
// Standard support: 5 years from April of the release year ("22.04" -> 2027-04-30).
QDate ubuntuStandardSupportEnd(const QString &release);
// Compares dotted version names numerically ("18.04.202007160" > "18.04.201908220"): <0, 0, >0.
int compareImageVersions(const QString &a, const QString &b);
// Newest first: release descending, then Gen2 before Gen1.
void sortUbuntuImages(QList<UbuntuImage> &images);
// "UbuntuLTS": the newest image still in standard support (Gen2 preferred), else nullopt.
std::optional<UbuntuImage> ubuntuLtsAlias(const QList<UbuntuImage> &images);

struct VmSize
{
    QString name;   // "Standard_D2s_v5"
    QString family; // "standardDSv5Family"
    QString tier;   // "Standard"
    int vCpus = 0;
    double memoryGb = 0;
    QStringList hyperVGenerations;  // "V1", "V2"
    QStringList restrictionReasons; // reasonCodes that apply to the location
    bool isRestricted() const { return !restrictionReasons.isEmpty(); }
    bool supportsGeneration(int generation) const;
    QString displayName() const; // "Standard_D2s_v5 (2 vCPUs, 8 GB)"
};

// Parsers: `values` is the accumulated "value" array of a list (ArmListReply::values()).
// Entries without their key field are skipped. The error text, when any, names the field.
QList<Tenant> parseTenants(const QJsonArray &values);
QList<Subscription> parseSubscriptions(const QJsonArray &values); // all states
QList<Location> parseLocations(const QJsonArray &values);         // all types
QStringList parseNames(const QJsonArray &values); // image offers / SKUs / versions: "name"
QString parseHyperVGeneration(const QJsonObject &imageVersion); // "V1", "V2" or empty
QString parseArchitecture(const QJsonObject &imageVersion);     // "x64", "Arm64" or empty
// Resource SKUs (.../providers/Microsoft.Compute/skus): resourceType virtualMachines offered in
// `location`. Those restricted there (restrictions[] of type Location naming it, e.g. reasonCode
// NotAvailableForSubscription) come with restrictionReasons set (isRestricted()); Zone-only
// restrictions leave the size usable. VmSizesJob drops the restricted ones.
QList<VmSize> parseVmSizes(const QJsonArray &values, const QString &location);
// CheckDnsNameAvailability: {"available": bool}; nullopt when the field is missing.
std::optional<bool> parseDnsAvailability(const QJsonObject &body);

} // namespace dockervm::arm
