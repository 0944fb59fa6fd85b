#pragma once

#include "cloud/cloud.h"
#include "cloud/journal.h"

#include <QList>

namespace dockervm::cli {

class Invocation;

// The commands both clouds share, written against cloud::Cloud only (no question which cloud it
// is). The classic commands in cmd_create.cpp / cmd_azure.cpp call these for accounts whose
// cloud they open through cloudsession.h.

// `create NAME IMAGE USER`: the options of cmd_create.cpp's parser (-l -z -e -p -C -g --ssh-key
// --allow-from --password-file --key-type --no-wait --poll-interval --docker-wait --nodes
// --managers --keep-partial).
void createOnCloud(Invocation &inv, cloud::Cloud *cloud);
// --nodes N and --managers M (default 1 for N < 3, else 3), checked with cloud::validateNodes.
// Fails the invocation (exit 2) and returns false on bad input.
bool readNodeOptions(Invocation &inv, int *nodes, int *managers);
// A multi-host run's nodes as the table create prints (NODE, DOCKER, PRIVATE, ROLE, STATE).
void printSwarmNodes(Invocation &inv, const cloud::RunResult &r);
// `locations`
void locationsOnCloud(Invocation &inv, cloud::Cloud *cloud);
// `images [-l LOCATION]`
void imagesOnCloud(Invocation &inv, cloud::Cloud *cloud, const QString &location);
// `delete NAME`
void deleteOnCloud(Invocation &inv, cloud::Cloud *cloud, const QString &name);
// `status NAME [--json]` of a host on ARM (the cloud must be an arm::ArmCloud): its group, the
// resources in it, the VM's provisioning and power state, FQDN and address.
void statusOnArmCloud(Invocation &inv, cloud::Cloud *cloud, const QString &name);
// `resume [NAME]`: goes on with this account's unfinished run for NAME (a DNS name or host name),
// or with its only unfinished run when NAME is empty, up to Docker answering over verified TLS.
void resumeOnCloud(Invocation &inv, cloud::Cloud *cloud, const QString &name);

// `swarm status NAME` of a swarm made with `create --nodes N` on ARM: finds its nodes (the public
// IPs of NAME's group) and asks them in order (NAME-1, the leader it was made with, first) until a
// manager answers GET /nodes over verified mutual TLS. dockerPort 0: the cloud's default.
// simulated: demo/tests only, reach each node's FQDN at its loopback public IP.
struct SwarmStatusRequest
{
    quint16 dockerPort = 0;
    QString certDir;
    int timeoutMs = 30000;
    bool simulated = false;
};
void swarmStatusOnCloud(Invocation &inv, cloud::Cloud *cloud, const QString &name,
                        const SwarmStatusRequest &request);
// `swarm remove NAME NODE`: a worker NODE of the swarm NAME is drained (on a manager), leaves
// (on NODE), is removed from the node list (on the manager), then its VM, disk, NIC and public
// IP are deleted. A manager is refused (the only one: the swarm would end; another: demote it
// first), and so is a NODE that is not one of NAME's.
void swarmRemoveOnCloud(Invocation &inv, cloud::Cloud *cloud, const QString &name,
                        const QString &node, const SwarmStatusRequest &request);

// `cleanup`: the unfinished runs of this cloud's account, one after the other (others are named
// and skipped).
void cleanupOnCloud(Invocation &inv, cloud::Cloud *cloud, const QList<cloud::Journal> &journals);

} // namespace dockervm::cli
