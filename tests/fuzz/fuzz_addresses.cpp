// SPDX-License-Identifier: GPL-3.0-or-later
// Address lists as a user types or pastes them: AddressList::parse over GMime's parser.
// Properties: every address accepted is an addr-spec; printed (MailAddress::toString, the
// form sent in headers and to the platform) and parsed again, it is the same mailbox (the same
// name, the address equal but for case: GMime writes an IDN domain in lower case); an entry
// refused says why.
#include "FuzzSupport.h"

#include "mail/AddressList.h"

using namespace Outpost;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString input = Fuzz::text(data, size);
    const AddressParse list = AddressList::parse(input);
    for (const AddressProblem &problem : list.problems)
        FUZZ_CHECK(!problem.reason.isEmpty(), problem.input);
    for (const MailAddress &address : list.addresses) {
        FUZZ_CHECK(AddressList::isAddrSpec(address.address), address.address);
        const QString printed = address.toString();
        const AddressParse again = AddressList::parseOne(printed);
        FUZZ_CHECK(again.ok() && again.addresses.size() == 1
                && again.addresses.first().name == address.name
                && AddressList::sameAddress(again.addresses.first().address, address.address),
            QStringLiteral("name [%1] address [%2] printed [%3] parsed back [%4] [%5]")
                .arg(address.name, address.address, printed,
                    again.addresses.isEmpty() ? QString() : again.addresses.first().name,
                    again.addresses.isEmpty() ? QString() : again.addresses.first().address));
    }
    const AddressParse one = AddressList::parseOne(input);
    if (one.ok())
        FUZZ_CHECK(one.addresses.size() == 1, input);
    return 0;
}
