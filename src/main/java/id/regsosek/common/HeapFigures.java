package id.regsosek.common;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;

/**
 * The run's heap, for the memory target: the peak of each heap pool summed (an upper bound of the peak in
 * use: the pools peak at different moments), the heap in use after a collection at the end, and the limit (-Xmx).
 */
public final class HeapFigures {

    private static final long MB = 1024 * 1024;

    private HeapFigures() {
    }

    public static String line() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        System.gc();
        var heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
        return String.format("memory  : heap peak <= %d MB (pools' peaks summed), %d MB in use after GC, max %d MB",
                peak / MB, heap.getUsed() / MB, heap.getMax() / MB);
    }
}
