#pragma once

#include "arm/yaml.h"

#include <QByteArray>
#include <QString>

#include <optional>

// The cloud-init user data (ARM osProfile.customData) that turns a fresh Ubuntu LTS VM into a
// Docker host serving the Engine API over mutual TLS (arm.md §7):
//
//   #cloud-config
//   package_update: true
//   packages: [docker.io]                       (Ubuntu's own package)
//   write_files:
//     /etc/docker/ca.pem            0644 root:root
//     /etc/docker/server-cert.pem   0644 root:root
//     /etc/docker/server-key.pem    0600 root:root
//     /etc/docker/daemon.json       0644 tlsverify, tlscacert, tlscert, tlskey,
//                                        hosts [unix:///var/run/docker.sock, tcp://0.0.0.0:PORT]
//     /etc/systemd/system/docker.service.d/override.conf   0644
//                                        ExecStart= (cleared) then ExecStart without -H fd://
//   runcmd: systemctl daemon-reload; systemctl restart docker
//
// Why the drop-in: the packaged unit starts `dockerd -H fd:// …`; with "hosts" also in
// daemon.json dockerd refuses to start ("the following directives are specified both as a flag
// and in the configuration file: hosts", moby/moby#25471).
//
// Order on the VM: cloud-init's write_files runs in the init stage, before the final stage
// installs packages (package-update-upgrade-install), so the files and the drop-in exist when
// docker.io's postinst reloads systemd and starts docker.service; runcmd (scripts-user, after
// the packages in the final stage) reloads and restarts once more so a daemon started before
// the files were complete picks them up.
//
// The server key travels inside the document: callers never log the document or the base64.
namespace dockervm::arm {

class DockerCloudConfig
{
public:
    static constexpr quint16 kDefaultDockerPort = 2376;
    // Compute API, osProfile.customData: "The base-64 encoded string is decoded to a binary array
    // that is saved as a file on the Virtual Machine. The maximum length of the binary array is
    // 65535 bytes."
    static constexpr qsizetype kMaxCustomDataBytes = 65535;

    static constexpr const char *kCaPath = "/etc/docker/ca.pem";
    static constexpr const char *kServerCertPath = "/etc/docker/server-cert.pem";
    static constexpr const char *kServerKeyPath = "/etc/docker/server-key.pem";
    static constexpr const char *kDaemonJsonPath = "/etc/docker/daemon.json";
    static constexpr const char *kDropInPath = "/etc/systemd/system/docker.service.d/override.conf";
    static constexpr const char *kUnixSocketHost = "unix:///var/run/docker.sock";

    // Ubuntu's docker.io unit (/lib/systemd/system/docker.service) starts
    //   /usr/bin/dockerd -H fd:// --containerd=/run/containerd/containerd.sock
    // (Debian 12's docker.io: /usr/sbin/dockerd … $DOCKER_OPTS; Docker's docker-ce: /usr/bin).
    static constexpr const char *kUbuntuDockerd = "/usr/bin/dockerd";
    static constexpr const char *kUbuntuPackagedExecStart =
        "/usr/bin/dockerd -H fd:// --containerd=/run/containerd/containerd.sock";
    static constexpr const char *kDropInExecStart =
        "/usr/bin/dockerd --containerd=/run/containerd/containerd.sock";

    enum class Package {
        UbuntuDockerIo, // `docker.io` from the Ubuntu archive (the default)
    };

    QByteArray caPem;         // the CA certificate (never its key)
    QByteArray serverCertPem; // SAN DNS:<label>.<region>.cloudapp.azure.com
    QByteArray serverKeyPem;  // secret
    quint16 dockerPort = kDefaultDockerPort;
    QString fqdn; // for the comment at the top; optional
    Package package = Package::UbuntuDockerIo;

    // The cloud-config as data (no header); empty mapping with *error set on bad input.
    yaml::Node tree(QString *error = nullptr) const;
    // "#cloud-config\n" + a comment + the YAML; nullopt with *error on bad input or when it
    // exceeds kMaxCustomDataBytes.
    std::optional<QByteArray> document(QString *error = nullptr) const;
    // base64 of document(), for osProfile.customData.
    std::optional<QByteArray> customDataBase64(QString *error = nullptr) const;

    // /etc/docker/daemon.json as written (indented JSON, final newline).
    QByteArray daemonJson() const;
    // The systemd drop-in.
    static QByteArray dropIn();

private:
    bool validate(QString *error) const;
};

} // namespace dockervm::arm
