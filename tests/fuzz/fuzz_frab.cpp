// SPDX-License-Identifier: GPL-3.0-or-later
// A frab schedule, XML or JSON (Frab::parse tells them apart by content; built twice so each
// grows its own corpus from its own seeds). What parses is written back out in both forms and
// read again: export must give files the parser accepts.
#include "fuzzsupport.h"
#include "io/frab.h"

using namespace coe;

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv)
{
    fuzz::init(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char*>(data), qsizetype(size));
    const auto schedule = Frab::parse(bytes, QStringLiteral("schedule." COE_FUZZ_SUFFIX));
    if (!schedule)
        return 0;
    const auto again = Frab::parse(Frab::toXml(schedule.value()), QStringLiteral("again.xml"));
    const auto json = Frab::parse(Frab::toJson(schedule.value()), QStringLiteral("again.json"));
    if (!again || !json) {
        std::fprintf(stderr, "export gave a schedule the parser refuses: %s\n",
                     qPrintable((!again ? again.error() : json.error()).message));
        std::abort();
    }
    if (again->events.size() != schedule->events.size() || json->events.size() != schedule->events.size())
        std::abort();
    return 0;
}
