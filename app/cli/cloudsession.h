#pragma once

#include "accounts/accounts.h"
#include "cloud/cloud.h"

#include <QString>

#include <functional>
#include <optional>

namespace dockervm::cli {

class Invocation;

// The account the invocation names (--subscription ID|NAME|arm:ID|classic:ID), else the current
// one, of either kind. nullopt with *error (names what to do) when there is none.
std::optional<accounts::AccountInfo> chosenAccount(Invocation &inv, QString *error);

// Opens the cloud::Cloud of an ARM account: an ArmClient for its Resource Manager endpoint whose
// access tokens come from the saved refresh token (refreshed before expiry and once on a 401),
// trusting the CA the account signed in with (and --management-ca). Calls `then` later with the
// cloud (parented to `parent`), or fails the invocation ("sign in again" when the refresh token no
// longer works).
void withArmCloud(Invocation &inv, const accounts::AccountInfo &account, QObject *parent,
                  std::function<void(cloud::Cloud *)> then);

// For the commands both clouds share: when the invocation's account is an ARM one, opens its
// cloud and calls `then` with it, and returns true (the command goes on there). Returns false for
// a classic account (the command goes on with its classic path) and when no account resolves (the
// classic path reports that as it always did).
bool routeToArmCloud(Invocation &inv, std::function<void(cloud::Cloud *)> then);

// The run options of a command from --poll-interval, --docker-wait, --simulated-endpoints.
cloud::RunOptions cloudRunOptions(Invocation &inv, const cloud::Cloud &cloud);

// Runs a create/resume/cleanup/delete on the terminal: one stderr line per row change, the log in
// --verbose, Ctrl+C cancels (rolls back), a second stops at once; then `done(run)` once finished.
void runOnTerminal(Invocation &inv, cloud::ProvisioningRun *run,
                   std::function<void(cloud::ProvisioningRun *)> done);

// What a finished run removed, kept or could not remove, on stderr.
void printRunOutcome(Invocation &inv, const cloud::RunResult &result);

} // namespace dockervm::cli
