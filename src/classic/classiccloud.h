#pragma once

#include "classic/managementclient.h"
#include "classic/provisioner.h"
#include "cloud/cloud.h"

#include <QHash>
#include <QPointer>

namespace dockervm::classic {

// The classic cloud of the 2014 article behind cloud::Cloud: one imported subscription reached
// through its ManagementClient (not owned; it must outlive the runs this makes). Images are the
// article's Ubuntu-14_04 family, newest first; sizes are the classic role sizes; the name check
// is the cloud service name's availability.
class ClassicCloud : public cloud::Cloud
{
    Q_OBJECT
public:
    // `imageFilter`: the part of the image name the catalogue offers ("Ubuntu-14_04").
    explicit ClassicCloud(ManagementClient *client,
                          QString imageFilter = QStringLiteral("Ubuntu-14_04"),
                          QObject *parent = nullptr);

    ManagementClient *client() const { return m_client; }
    // The next step a TLS failure of the catalogue's requests names (translated); empty: the
    // client's own (the command line's --management-ca). The wizard names its Advanced field.
    void setTlsAdvice(const QString &nextStep) { m_tlsAdvice = nextStep; }

    cloud::Kind kind() const override { return cloud::Kind::Classic; }
    QString accountId() const override;
    QString accountName() const override;
    cloud::VmSpec defaults() const override;
    QString hostName(const cloud::VmSpec &spec) const override;
    QList<cloud::FieldError> validate(const cloud::VmSpec &spec) const override;
    QString validateField(cloud::FieldError::Field field, const cloud::VmSpec &spec) const override;
    QList<cloud::PasswordRule> passwordChecklist(const QString &password) const override;
    bool supportsSshKeys() const override { return false; }
    // The cloud service, a storage account when there is none, the VM with the Docker extension.
    QString createDescription(const cloud::VmSpec &spec) const override;
    QString costNote(const cloud::VmSpec &spec) const override;

    void locations(QObject *context, Callback<QList<cloud::Location>> done) override;
    void images(const QString &location, QObject *context,
                Callback<QList<cloud::Image>> done) override;
    void sizes(const QString &location, const cloud::Image &image, QObject *context,
               Callback<QList<cloud::Size>> done) override;
    void checkName(const cloud::VmSpec &spec, QObject *context,
                   std::function<void(const cloud::NameCheck &)> done) override;

    cloud::ProvisioningRun *create(const cloud::VmSpec &spec, const cloud::RunOptions &options,
                                   QObject *parent) override;
    cloud::ProvisioningRun *resume(const cloud::Journal &journal, const cloud::RunOptions &options,
                                   QObject *parent, QString *error) override;
    cloud::ProvisioningRun *cleanup(const cloud::Journal &journal, const cloud::RunOptions &options,
                                    QObject *parent) override;
    cloud::ProvisioningRun *remove(const QString &name, const cloud::RunOptions &options,
                                   QObject *parent) override;

    void swarmMembers(const QString &name, QObject *context,
                      Callback<QList<cloud::SwarmMember>> done) override;
    cloud::ProvisioningRun *removeSwarmNode(const QString &name, const QString &node,
                                            const cloud::RunOptions &options,
                                            QObject *parent) override;

    // `swarm add`: a Provisioner in add mode (Provisioner::prepareAdd).
    cloud::ProvisioningRun *addSwarmNodes(const cloud::VmSpec &spec, int count,
                                          const cloud::RunOptions &options,
                                          QObject *parent) override;

    bool isBusy() const override;

    // The classic provisioner's options for the shared run options.
    static Provisioner::Options provisionerOptions(const cloud::RunOptions &options);
    static cloud::RunOptions runOptions(const Provisioner::Options &options);

private:
    QString errorText(AsmError error) const;

    QPointer<ManagementClient> m_client;
    QString m_imageFilter;
    QString m_tlsAdvice;
    // The role sizes each region listed (from locations()): sizes() answers from them.
    QHash<QString, QStringList> m_roleSizes;
};

// Images as the wizard and `docker-vm images` show them: newest first, too-old ones marked.
QList<cloud::Image> toCloudImages(const QList<OsImage> &candidates);

} // namespace dockervm::classic
