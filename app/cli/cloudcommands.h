#pragma once

#include "cloud/cloud.h"
#include "cloud/journal.h"

#include <QList>

#include <functional>

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

// The invocation's account as a cloud::Cloud, of either kind (ARM: signed in; classic: imported
// .publishsettings), parented to the invocation's scope; fails the invocation when there is none.
void withCloud(Invocation &inv, std::function<void(cloud::Cloud *)> then);

// `swarm status NAME` of a swarm made with `create --nodes N`: finds its nodes
// (Cloud::swarmMembers) and asks them in order (NAME-1, the leader it was made with, first) until
// a manager answers GET /nodes over verified mutual TLS. dockerPort 0: the cloud's default (a
// classic node's own port wins). simulated: demo/tests only, reach each node at its loopback
// public IP.
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
// (on NODE), is removed from the node list (on the manager), then its VM and what only it uses
// are deleted (Cloud::removeSwarmNode). A manager that is neither the leader nor the only one is
// demoted first (only while every other manager is reachable) and waited for until it is listed
// as a worker; the only manager and the leader are refused, and so is a NODE that is not one of
// NAME's.
void swarmRemoveOnCloud(Invocation &inv, cloud::Cloud *cloud, const QString &name,
                        const QString &node, const SwarmStatusRequest &request);

// `swarm add NAME --count K`: K more workers for the swarm NAME made by `create --nodes N`, with
// the same certificates (Cloud::addSwarmNodes). The options of cmd_swarm.cpp's parser: --user,
// --password-file / DOCKER_VM_PASSWORD / the prompt, --ssh-key (signed-in accounts), -C,
// --key-type, --keep-partial, and the run options (addRunOptions). Progress lines as create's,
// Ctrl+C cancels (rolls back the new hosts only); exit 0, 1 (failed), 2 (bad input), 130.
void swarmAddOnCloud(Invocation &inv, cloud::Cloud *cloud, const QString &name, int count);
// --poll-interval, --docker-wait and the hidden --simulated-endpoints, as create has them
// (cloudRunOptions reads them).
void addRunOptions(Invocation &inv);

// `cleanup`: the unfinished runs of this cloud's account, one after the other (others are named
// and skipped).
void cleanupOnCloud(Invocation &inv, cloud::Cloud *cloud, const QList<cloud::Journal> &journals);

} // namespace dockervm::cli
