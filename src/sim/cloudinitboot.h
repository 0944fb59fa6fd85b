#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace dockervm::sim {

// What a VM booting with this customData would end up running, worked out as cloud-init and
// dockerd would: cloud-init's `write_files` (paths, modes, owners), then dockerd as configured by
// /etc/docker/daemon.json and the systemd drop-in. The simulators boot their Docker host from
// this, and the real-dockerd tests start a real dockerd with exactly these files, so a wrong
// cloud-config fails the tests instead of a real VM.
struct DockerFromCloudInit
{
    bool ok = false;
    QString error; // why cloud-init or dockerd would not bring Docker up with TLS (untranslated)
    QByteArray caPem;
    QByteArray serverCertPem;
    QByteArray serverKeyPem;
    int tlsPort = 0;           // from the tcp:// host dockerd listens on
    QStringList hosts;         // every -H / "hosts" entry dockerd gets, in order
    QByteArray daemonJson;     // /etc/docker/daemon.json as written
    QStringList execStartArgs; // dockerd's arguments from the drop-in's last ExecStart
};

// customData as sent in the VM PUT's osProfile (base64 of the "#cloud-config" text).
DockerFromCloudInit dockerFromCustomData(const QByteArray &customDataBase64);

} // namespace dockervm::sim
