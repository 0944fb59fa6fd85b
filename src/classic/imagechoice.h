#pragma once

#include "classic/models.h"

#include <QList>
#include <QString>

#include <optional>

namespace dockervm::classic {

// The one rule for choosing an OS image, shared by the wizard's image page and `docker-vm create`.
//
// The candidates for a name (or part of one, e.g. "Ubuntu-14_04") in a region are the Linux images
// whose name contains it (case-insensitive), offered in that region (an image that lists no region
// counts as offered everywhere; an empty region matches every image), sorted by sortImages():
// newest first.
QList<OsImage> imageCandidates(const QList<OsImage> &images, const QString &nameOrPart,
                               const QString &location);

// Among candidates (in their order): the first whose Linux agent is new enough for the Docker
// extension (see lacksExtensionAgent), else the first. Nothing when there is no candidate.
std::optional<OsImage> preferredImage(const QList<OsImage> &candidates);

// The image a create run uses for `nameOrPart` in `location`: the candidate whose name is exactly
// `nameOrPart` when there is one, else preferredImage() of the candidates.
std::optional<OsImage> chooseImage(const QList<OsImage> &images, const QString &nameOrPart,
                                   const QString &location);

} // namespace dockervm::classic
