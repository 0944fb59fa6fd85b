#include "classic/imagechoice.h"

namespace dockervm::classic {

QList<OsImage> imageCandidates(const QList<OsImage> &images, const QString &nameOrPart,
                               const QString &location)
{
    QList<OsImage> out;
    for (const OsImage &image : filterImages(images, nameOrPart.trimmed(), true)) {
        if (!location.isEmpty() && !image.locations.isEmpty() &&
            !image.locations.contains(location))
            continue;
        out << image;
    }
    return out;
}

std::optional<OsImage> preferredImage(const QList<OsImage> &candidates)
{
    for (const OsImage &image : candidates) {
        if (!lacksExtensionAgent(image))
            return image;
    }
    if (candidates.isEmpty())
        return std::nullopt;
    return candidates.first();
}

std::optional<OsImage> chooseImage(const QList<OsImage> &images, const QString &nameOrPart,
                                   const QString &location)
{
    const QList<OsImage> candidates = imageCandidates(images, nameOrPart, location);
    for (const OsImage &image : candidates) {
        if (image.name == nameOrPart)
            return image;
    }
    return preferredImage(candidates);
}

} // namespace dockervm::classic
