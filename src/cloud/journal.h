#pragma once

#include "cloud/run.h"
#include "cloud/vmspec.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace dockervm::cloud {

// The record of what one create run made in Azure and on disk. Every resource is written here
// *before* the request that creates it, so a crash leaves enough behind for `docker-vm cleanup`
// (remove it) or `docker-vm resume` (go on waiting). Holds no secret: the spec is stored without
// its password.
class Journal
{
public:
    enum class Kind {
        // Classic (ASM): name is the resource name.
        StorageAccount,
        CloudService,
        Deployment,
        // Local files and folders: name is the absolute path.
        File,
        Folder,
        // Azure Resource Manager: name is the full ARM id (/subscriptions/…/providers/…/<name>).
        ResourceGroup,
        NetworkSecurityGroup,
        VirtualNetwork,
        PublicIpAddress,
        NetworkInterface,
        VirtualMachine,
        // Classic: a role added to a deployment (Add Role); parent is the cloud service.
        Role,
    };
    // Kept: this run made it, but it stays on purpose (changed since, or used by another host).
    enum class State { Planned, Created, Removed, RemoveFailed, Kept };
    enum class Outcome { Running, Succeeded, RolledBack, Failed };

    struct Entry
    {
        Kind kind = Kind::CloudService;
        QString name;   // resource name, or absolute file path for Kind::File
        QString parent; // the cloud service of a deployment
        State state = State::Planned;
        QDateTime changed;
        QString detail; // e.g. why removal failed
        // Kind::File: SHA-256 (lower-case hex) of what this run wrote, recorded when it wrote it.
        // Only a file that still holds exactly this is ever removed; empty: not written by this
        // run as far as the journal knows, so never removed.
        QByteArray sha256;
    };

    // One row per resource kind: its journal id, its translated label and how it is removed.
    // The journal, the provisioner's rollback and UnfinishedRuns all read this one table.
    // AzureDelete: an ASM DELETE of deletePath; ArmDelete: an ARM DELETE of the entry's id
    // (with the kind's api-version) and its long-running operation.
    enum class Removal { AzureDelete, OwnFile, EmptyFolder, ArmDelete };
    struct KindInfo
    {
        Kind kind;
        const char *id;         // in the journal file: "cloud-service"
        const char *label;      // untranslated, "%1" is the name: "cloud service %1"
        Removal removal;        //
        const char *deletePath; // AzureDelete: ASM path, %1 the name, %2 the parent
        const char *armType;    // ArmDelete: "Microsoft.Network/networkSecurityGroups"; "" else
    };
    static const KindInfo &kindInfo(Kind kind);
    // Translated: "cloud service mydockerhost", "file /home/u/.docker/ca.pem", "network
    // security group mydockerhost-nsg" (ARM: the last segment of the id).
    static QString describe(const Entry &entry);
    // The ASM path that deletes the entry's resource (empty for local files and folders).
    static QString deletePath(const Entry &entry);

    // AppDataLocation/journal (DOCKERVM_DATA_DIR/journal when set).
    static QString defaultDirectory();
    static std::optional<Journal> load(const QString &path, QString *error);
    // Journals whose run did not end cleanly (Running or Failed with resources still created).
    static QList<Journal> unfinished(const QString &directory = QString());

    Journal() = default;
    Journal(const QString &directory, const VmSpec &spec, const QString &subscriptionId);
    // The cloud and account of the run, kept in the file ("cloud", "account"); journals written
    // before ARM existed have neither and read as classic, account = subscription.
    void setCloud(cloud::Kind cloud, const QString &accountId);
    // What the run does. SwarmAdd (`docker-vm swarm add`): the journal holds only the nodes the
    // run adds to an existing swarm, in its own file "<dnsName>-swarm-add.json" (the create's
    // "<dnsName>.json" is another run's), with "operation": "swarm-add"; cleanup removes just
    // those nodes, and it is not resumed. Call before begin().
    enum class Operation { Create, SwarmAdd };
    void setOperation(Operation operation);
    Operation operation() const { return m_operation; }
    // An id of this run (ARM: the "docker-vm-run" tag on what it creates).
    void setRunId(const QString &runId) { m_runId = runId; }

    // Creates (or replaces) the file for this run. False with *error when it cannot be written:
    // the run must not create anything then.
    bool begin(QString *error);
    // sha256 is kept when empty (a later state change does not forget the fingerprint).
    bool record(Kind kind, const QString &name, State state, QString *error,
                const QString &parent = QString(), const QString &detail = QString(),
                const QByteArray &sha256 = QByteArray());
    bool setOutcome(Outcome outcome, QString *error);
    bool remove(QString *error);

    QString path() const { return m_path; }
    QString dnsName() const { return m_spec.dnsName; }
    QString subscriptionId() const { return m_subscriptionId; }
    cloud::Kind cloud() const { return m_cloud; }
    QString accountId() const { return m_accountId.isEmpty() ? m_subscriptionId : m_accountId; }
    QString runId() const { return m_runId; }
    const VmSpec &spec() const { return m_spec; } // password is always empty here
    Outcome outcome() const { return m_outcome; }
    QDateTime started() const { return m_started; }
    const QList<Entry> &entries() const { return m_entries; }
    // Entries that may still be in Azure or on disk (Planned, Created or RemoveFailed), newest
    // first.
    QList<Entry> leftovers() const;

    static QString kindId(Kind kind);
    static QString stateId(State state);
    static QString outcomeId(Outcome outcome);

private:
    bool save(QString *error) const;
    QJsonObject toJson() const;

    QString m_path;
    VmSpec m_spec;
    QString m_subscriptionId;
    cloud::Kind m_cloud = cloud::Kind::Classic;
    QString m_accountId;
    QString m_runId;
    Outcome m_outcome = Outcome::Running;
    Operation m_operation = Operation::Create;
    QDateTime m_started;
    QList<Entry> m_entries;
};

} // namespace dockervm::cloud
