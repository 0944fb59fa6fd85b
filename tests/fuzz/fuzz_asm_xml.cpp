// libFuzzer target: the Service Management XML readers (xmltree and every reply model built on
// it: locations, images, availability, operations, deployments, storage, error bodies).
#include "fuzz_common.h"

#include "classic/asmerror.h"
#include "classic/deployment.h"
#include "classic/models.h"
#include "classic/xmltree.h"

DOCKERVM_FUZZ_INIT

namespace {

// Walks the whole tree through the public accessors.
void walk(const dockervm::classic::XmlElement &e, int depth)
{
    (void)e.childText(u"Name");
    (void)e.textAt(u"A/B/C");
    (void)e.findAll(u"RoleList/Role");
    for (const auto &c : e.children)
        walk(c, depth + 1);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace dockervm::classic;
    const QByteArray xml = dockervm::fuzz::bytes(data, size);
    QString error;
    if (const auto root = parseXmlDocument(xml, &error))
        walk(*root, 0);
    else if (error.isEmpty())
        __builtin_trap();

    if (auto images = parseOsImages(xml)) {
        sortImages(*images);
        for (const OsImage &i : filterImages(*images, QString(), false))
            (void)lacksExtensionAgent(i);
    }
    if (const auto locations = parseLocations(xml))
        (void)virtualMachineLocations(*locations);
    (void)parseAvailabilityResponse(xml);
    (void)parseOperation(xml);
    (void)parseDeployment(xml, &error);
    (void)parseStorageServices(xml, &error);
    (void)parseStorageService(xml, &error);
    (void)parseAsmErrorBody(xml);
    return 0;
}
