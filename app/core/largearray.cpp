#include "largearray.h"

#include <QtGlobal>

#include <cstdint>
#include <cstdlib>

#ifdef Q_OS_UNIX
#include <sys/mman.h>
#endif

namespace klausul::largearray {

namespace {

constexpr std::size_t Threshold = std::size_t(512) << 10;
constexpr std::size_t Huge = std::size_t(2) << 20;

std::size_t roundUp(std::size_t bytes, std::size_t to)
{
    return (bytes + to - 1) / to * to;
}

} // namespace

bool isLarge(std::size_t bytes)
{
    return bytes >= Threshold;
}

#if defined(Q_OS_UNIX) && defined(MAP_ANONYMOUS)

void *allocate(std::size_t bytes)
{
    // Mapped with 2 MiB to spare, and the spare unmapped again on both sides of the aligned part.
    const std::size_t size = roundUp(bytes, Huge);
    if (size < bytes || size + Huge < size)
        return nullptr;
    void *const mapped =
        mmap(nullptr, size + Huge, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (mapped == MAP_FAILED)
        return nullptr;
    const auto begin = reinterpret_cast<std::uintptr_t>(mapped);
    const std::uintptr_t aligned = roundUp(begin, Huge);
    if (aligned > begin)
        munmap(mapped, aligned - begin);
    if (aligned + size < begin + size + Huge)
        munmap(reinterpret_cast<void *>(aligned + size), begin + size + Huge - (aligned + size));
    void *const memory = reinterpret_cast<void *>(aligned);
#ifdef MADV_HUGEPAGE
    madvise(memory, size, MADV_HUGEPAGE); // only a wish: where the kernel says no, 4 kB pages
#endif
    return memory;
}

void release(void *memory, std::size_t bytes)
{
    if (memory)
        munmap(memory, roundUp(bytes, Huge));
}

#else

void *allocate(std::size_t bytes)
{
    return std::malloc(bytes);
}

void release(void *memory, std::size_t)
{
    std::free(memory);
}

#endif

} // namespace klausul::largearray
