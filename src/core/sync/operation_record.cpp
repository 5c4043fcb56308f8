// SPDX-License-Identifier: GPL-3.0-or-later
#include "edau/sync/operation_record.h"

#include "edau/base/error.h"
#include "edau/base/json.h"

namespace edau::sync {

namespace {

std::string text(const Json& j, std::string_view key) {
    const Json* v = j.find(key);
    return v && v->isString() ? v->asString() : std::string();
}

[[noreturn]] void notAnOperation(const char* why) {
    throwError(ErrorKind::BadInput, Message(EDAU_MSG("A record in a sync journal is not a change Edau can read ({reason})"))
                                        .arg("reason", why));
}

}  // namespace

std::string encodeOperationRecord(const Operation& op, const std::string& documentText) {
    Json j = Json::object();
    j["uuid"] = op.uuid;
    j["lamport"] = op.lamport;
    j["coder"] = op.coderUuid;
    j["at"] = op.at;
    j["kind"] = op.kind;
    j["entity"] = op.entityUuid;
    // The details stay the JSON text the log holds, so they reach other copies byte for byte.
    j["payload"] = op.payload;
    j["action"] = op.actionUuid;
    if (op.actionKind != "do") {
        j["action_kind"] = op.actionKind;
        j["action_target"] = op.actionTarget;
    }
    if (op.kind == "document.add") j["text"] = documentText;
    return j.dump();
}

IncomingOperation decodeOperationRecord(std::string_view record, const std::string& origin) {
    Json j;
    try {
        j = Json::parse(record, 32);
    } catch (const Error&) {
        notAnOperation("not JSON");
    }
    if (!j.isObject()) notAnOperation("not an object");
    IncomingOperation in;
    Operation& op = in.operation;
    op.uuid = text(j, "uuid");
    const Json* lamport = j.find("lamport");
    if (!lamport || !lamport->isInteger() || lamport->asInteger() < 0) notAnOperation("no Lamport time");
    op.lamport = lamport->asInteger();
    op.coderUuid = text(j, "coder");
    op.at = text(j, "at");
    op.kind = text(j, "kind");
    op.entityUuid = text(j, "entity");
    op.payload = text(j, "payload");
    op.actionUuid = text(j, "action");
    op.actionKind = text(j, "action_kind");
    if (op.actionKind.empty()) op.actionKind = "do";
    op.actionTarget = text(j, "action_target");
    if (op.uuid.empty() || op.kind.empty()) notAnOperation("no identity or kind");
    in.documentText = text(j, "text");
    in.origin = origin;
    return in;
}

}  // namespace edau::sync
