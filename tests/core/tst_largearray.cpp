#include "core/largearray.h"

#include <QTest>

#include <algorithm>
#include <cstdint>
#include <numeric>

using namespace klausul;

class TestLargeArray : public QObject
{
    Q_OBJECT

private slots:
    void smallArray_comesFromOperatorNew_andHoldsItsValues();
    void largeArray_alignedTo2MiB_andHoldsItsValues();
    void growingVector_keepsValuesAcrossTheThreshold();
    void overAlignedType_isAligned();
    void impossibleSize_throwsBadAlloc();
};

void TestLargeArray::smallArray_comesFromOperatorNew_andHoldsItsValues()
{
    QVERIFY(!largearray::isLarge(1024));
    LargeVector<std::uint32_t> values(256);
    std::iota(values.begin(), values.end(), 7u);
    QCOMPARE(values.front(), 7u);
    QCOMPARE(values.back(), 262u);
}

void TestLargeArray::largeArray_alignedTo2MiB_andHoldsItsValues()
{
    const std::size_t count = 3u << 20; // 12 MiB of uint32_t
    QVERIFY(largearray::isLarge(count * sizeof(std::uint32_t)));
    LargeVector<std::uint32_t> values(count);
    QVERIFY(std::all_of(values.begin(), values.end(), [](std::uint32_t v) { return v == 0; }));
#ifdef Q_OS_UNIX
    QCOMPARE(reinterpret_cast<std::uintptr_t>(values.data()) % (std::uintptr_t(2) << 20), 0u);
#endif
    std::iota(values.begin(), values.end(), 0u);
    QCOMPARE(values[count / 2], std::uint32_t(count / 2));
    QCOMPARE(values.back(), std::uint32_t(count - 1));
}

void TestLargeArray::growingVector_keepsValuesAcrossTheThreshold()
{
    // Grows from operator new's memory into mapped memory and through several mappings.
    LargeVector<std::uint64_t> values;
    for (std::uint64_t v = 0; v < (std::uint64_t(1) << 20); ++v)
        values.push_back(v * 3);
    QVERIFY(largearray::isLarge(values.capacity() * sizeof(std::uint64_t)));
    for (std::uint64_t v = 0; v < values.size(); v += 4099)
        QCOMPARE(values[v], v * 3);
    values.clear();
    values.shrink_to_fit();
    QCOMPARE(values.capacity(), std::size_t(0));
}

void TestLargeArray::overAlignedType_isAligned()
{
    struct alignas(64) Wide
    {
        std::uint64_t value[8];
    };
    LargeVector<Wide> small(3);
    QCOMPARE(reinterpret_cast<std::uintptr_t>(small.data()) % 64, 0u);
    LargeVector<Wide> large(1u << 15); // 2 MiB
    QCOMPARE(reinterpret_cast<std::uintptr_t>(large.data()) % 64, 0u);
    large.back().value[7] = 42;
    QCOMPARE(large.back().value[7], std::uint64_t(42));
}

void TestLargeArray::impossibleSize_throwsBadAlloc()
{
    LargeArrayAllocator<std::uint64_t> allocator;
    QVERIFY_THROWS_EXCEPTION(std::bad_alloc, allocator.allocate(std::size_t(-1) / 4));
    // The most the address space can hold, but not the memory: mapping it fails.
    QVERIFY_THROWS_EXCEPTION(std::bad_alloc, allocator.allocate(std::size_t(1) << 60));
}

QTEST_GUILESS_MAIN(TestLargeArray)
#include "tst_largearray.moc"
