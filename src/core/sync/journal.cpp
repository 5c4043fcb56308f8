// SPDX-License-Identifier: GPL-3.0-or-later
// Sync journals on disk: framed, checksummed, append-only records, read up to the first torn one.
#include "edau/sync/journal.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <regex>
#include <sstream>

#include "edau/base/error.h"
#include "edau/base/json.h"
#include "edau/base/sha256.h"

namespace edau::sync {

namespace {

constexpr std::string_view kMagic = "EDAU-JOURNAL ";
constexpr std::string_view kExtension = ".edau-journal";
// A record's frame line: "R " + 8 hex + " " + 64 hex + "\n".
constexpr std::size_t kFrameLength = 2 + 8 + 1 + 64 + 1;
// Journals hold operations, each a few hundred bytes; a record claiming more is damage.
constexpr std::uint64_t kLargestRecord = 64ull * 1024 * 1024;

bool isHex(std::string_view s) {
    for (char c : s)
        if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) return false;
    return true;
}

std::string readFrom(const std::string& path, std::uint64_t from) {
    std::ifstream in(path, std::ios::binary);
    if (!in)
        throwError(ErrorKind::Environment,
                   Message(EDAU_MSG("The journal {file} cannot be read: {reason}")).arg("file", path).arg("reason", std::strerror(errno)));
    in.seekg(static_cast<std::streamoff>(from));
    std::ostringstream buffer;
    buffer << in.rdbuf();
    return buffer.str();
}

std::string headerText(const JournalHeader& h) {
    Json j = Json::object();
    j["project"] = h.projectUuid;
    j["copy"] = h.copyUuid;
    j["writer"] = h.writer;
    j["created_at"] = h.createdAt;
    return std::string(kMagic) + std::to_string(h.format) + "\n" + j.dump() + "\n";
}

// Reads the two header lines at the start of `bytes`; returns the offset after them, or 0 with
// `refused` set.
std::size_t parseHeader(const std::string& bytes, const std::string& path, JournalRead& out) {
    auto refuse = [&](Message m) {
        out.refused = std::move(m);
        return std::size_t{0};
    };
    if (bytes.compare(0, kMagic.size(), kMagic) != 0) {
        if (bytes.size() < kMagic.size() && std::string_view(kMagic).substr(0, bytes.size()) == bytes) {
            out.tornTail = !bytes.empty();  // still being written or synced
            return 0;
        }
        return refuse(Message(EDAU_MSG("{file} is not an Edau journal")).arg("file", path));
    }
    const std::size_t firstEnd = bytes.find('\n');
    if (firstEnd == std::string::npos) {
        out.tornTail = true;
        return 0;
    }
    const std::string formatText = bytes.substr(kMagic.size(), firstEnd - kMagic.size());
    int format = 0;
    try {
        format = std::stoi(formatText);
    } catch (const std::exception&) {
        return refuse(Message(EDAU_MSG("{file} is not an Edau journal")).arg("file", path));
    }
    if (format > kJournalFormat)
        return refuse(Message(EDAU_MSG("{file} was written by a newer Edau (journal format {format}); update Edau to read it"))
                          .arg("file", path)
                          .arg("format", static_cast<long long>(format)));
    if (format < 1) return refuse(Message(EDAU_MSG("{file} is not an Edau journal")).arg("file", path));
    const std::size_t secondEnd = bytes.find('\n', firstEnd + 1);
    if (secondEnd == std::string::npos) {
        out.tornTail = true;
        return 0;
    }
    try {
        Json j = Json::parse(std::string_view(bytes).substr(firstEnd + 1, secondEnd - firstEnd - 1));
        auto text = [&](const char* key) {
            const Json* v = j.find(key);
            return v && v->isString() ? v->asString() : std::string();
        };
        out.header.format = format;
        out.header.projectUuid = text("project");
        out.header.copyUuid = text("copy");
        out.header.writer = text("writer");
        out.header.createdAt = text("created_at");
    } catch (const std::exception&) {
        return refuse(Message(EDAU_MSG("The header of the journal {file} is damaged")).arg("file", path));
    }
    if (out.header.projectUuid.empty() || out.header.copyUuid.empty())
        return refuse(Message(EDAU_MSG("The header of the journal {file} is damaged")).arg("file", path));
    return secondEnd + 1;
}

// Reads complete records from `bytes` starting at `pos`; `base` is the file offset of bytes[0].
void parseRecords(const std::string& bytes, std::size_t pos, std::uint64_t base, JournalRead& out) {
    out.endOfComplete = base + pos;
    while (pos < bytes.size()) {
        if (bytes.size() - pos < kFrameLength) {
            out.tornTail = true;
            return;
        }
        const std::string_view frame = std::string_view(bytes).substr(pos, kFrameLength);
        const std::string_view lengthHex = frame.substr(2, 8), sum = frame.substr(11, 64);
        if (frame[0] != 'R' || frame[1] != ' ' || frame[10] != ' ' || frame[75] != '\n' || !isHex(lengthHex) || !isHex(sum)) {
            out.tornTail = true;  // damaged or half-synced bytes: stop here, try again next time
            return;
        }
        const std::uint64_t length = std::stoull(std::string(lengthHex), nullptr, 16);
        if (length > kLargestRecord) {
            out.tornTail = true;
            return;
        }
        const std::size_t payloadStart = pos + kFrameLength;
        if (bytes.size() < payloadStart + length + 1) {
            out.tornTail = true;
            return;
        }
        const std::string payload = bytes.substr(payloadStart, static_cast<std::size_t>(length));
        Sha256 hash;
        hash.update(payload);
        if (hash.hexDigest() != sum || bytes[payloadStart + length] != '\n') {
            out.tornTail = true;
            return;
        }
        out.records.push_back(payload);
        pos = payloadStart + static_cast<std::size_t>(length) + 1;
        out.endOfComplete = base + pos;
    }
}

std::string frame(const std::string& payload) {
    Sha256 hash;
    hash.update(payload);
    char length[9];
    std::snprintf(length, sizeof length, "%08llx", static_cast<unsigned long long>(payload.size()));
    return std::string("R ") + length + " " + hash.hexDigest() + "\n" + payload + "\n";
}

void writeAll(int fd, const std::string& bytes, const std::string& path) {
    std::size_t done = 0;
    while (done < bytes.size()) {
        const ssize_t n = ::write(fd, bytes.data() + done, bytes.size() - done);
        if (n < 0) {
            if (errno == EINTR) continue;
            throwError(ErrorKind::Environment, Message(EDAU_MSG("The journal {file} could not be written: {reason}"))
                                                   .arg("file", path)
                                                   .arg("reason", std::strerror(errno)));
        }
        done += static_cast<std::size_t>(n);
    }
}

}  // namespace

JournalRead readJournal(const std::string& path, std::uint64_t from) {
    JournalRead out;
    // The header is read every time (it is small), then only the bytes after `from`.
    const std::string start = readFrom(path, 0);
    const std::size_t afterHeader = parseHeader(start, path, out);
    if (out.refused || afterHeader == 0) return out;
    const std::uint64_t begin = std::max<std::uint64_t>(from, afterHeader);
    if (begin >= start.size()) {
        out.endOfComplete = begin;
        return out;
    }
    parseRecords(start.substr(static_cast<std::size_t>(begin)), 0, begin, out);
    return out;
}

void appendToJournal(const std::string& path, const JournalHeader& header, const std::vector<std::string>& records) {
    struct stat st{};
    const bool exists = ::stat(path.c_str(), &st) == 0;
    std::uint64_t keep = 0;
    if (exists) {
        JournalRead current = readJournal(path);
        if (current.refused) throwError(ErrorKind::Project, *current.refused);
        if (current.endOfComplete == 0) {
            keep = 0;  // only a torn header: start again
        } else {
            if (current.header.projectUuid != header.projectUuid || current.header.copyUuid != header.copyUuid)
                throwError(ErrorKind::Project,
                           Message(EDAU_MSG("The journal {file} belongs to another project or copy; Edau will not write to it"))
                               .arg("file", path));
            keep = current.endOfComplete;
        }
    }
    const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_CLOEXEC, 0644);
    if (fd < 0)
        throwError(ErrorKind::Environment, Message(EDAU_MSG("The journal {file} could not be written: {reason}"))
                                               .arg("file", path)
                                               .arg("reason", std::strerror(errno)));
    try {
        // A torn tail is this copy's own unfinished write (a crash): cut it off, then append.
        if (exists && static_cast<std::uint64_t>(st.st_size) != keep && ::ftruncate(fd, static_cast<off_t>(keep)) != 0)
            throwError(ErrorKind::Environment, Message(EDAU_MSG("The journal {file} could not be written: {reason}"))
                                                   .arg("file", path)
                                                   .arg("reason", std::strerror(errno)));
        if (::lseek(fd, static_cast<off_t>(keep), SEEK_SET) < 0)
            throwError(ErrorKind::Environment, Message(EDAU_MSG("The journal {file} could not be written: {reason}"))
                                                   .arg("file", path)
                                                   .arg("reason", std::strerror(errno)));
        std::string bytes = keep == 0 ? headerText(header) : std::string();
        for (const auto& r : records) bytes += frame(r);
        writeAll(fd, bytes, path);
        if (::fsync(fd) != 0)
            throwError(ErrorKind::Environment, Message(EDAU_MSG("The journal {file} could not be written: {reason}"))
                                                   .arg("file", path)
                                                   .arg("reason", std::strerror(errno)));
    } catch (...) {
        ::close(fd);
        throw;
    }
    ::close(fd);
}

std::string journalFileName(const std::string& projectUuid, const std::string& copyUuid) {
    return projectUuid + "-" + copyUuid + std::string(kExtension);
}

JournalFileKind classifyJournalFileName(const std::string& fileName) {
    // Duplicates that sync clients make, by the marks they add to the name:
    //   Dropbox "x (1).edau-journal", "x (Alice's conflicted copy 2026-01-02).edau-journal";
    //   OneDrive "x-LAPTOP.edau-journal" cannot be told apart, but "x (1)" and "-conflict-" can;
    //   Nextcloud/ownCloud "x (conflicted copy 2026-…)"; Syncthing "x.sync-conflict-2026…";
    //   Google Drive "x(1).edau-journal"; Resilio "x.Conflict.edau-journal".
    static const std::regex conflicted(
        R"((\s?\(\d+\)|\s\([^)]*conflict[^)]*\)|-conflict-|\.sync-conflict-|\.conflict|\s?\(copy\)))",
        std::regex::icase);
    const bool journalExtension = fileName.size() > kExtension.size() &&
                                  fileName.compare(fileName.size() - kExtension.size(), kExtension.size(), kExtension) == 0;
    const bool syncthing = fileName.find(".sync-conflict-") != std::string::npos &&
                           fileName.find(kExtension) != std::string::npos;
    if (!journalExtension && !syncthing) return JournalFileKind::Other;
    if (std::regex_search(fileName, conflicted)) return JournalFileKind::ConflictedCopy;
    return JournalFileKind::Journal;
}

}  // namespace edau::sync
