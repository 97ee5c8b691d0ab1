package org.mlbyhand.grading.learner;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What a compiled class refers to, read from its constant pool (JVMS §4.4) without loading it: the
 * classes it names and the methods and fields it uses. Every call, field access, {@code new} and
 * method reference ({@code Matrix::multiply}) of Java code appears there.
 */
final class ConstantPool {
    /** A method or field used: its owner's binary name, its name, and its descriptor. */
    record Member(String owner, String name, String descriptor) {
    }

    private final Set<String> classes = new LinkedHashSet<>();
    private final List<Member> members = new ArrayList<>();

    private ConstantPool() {
    }

    /** The binary names of the classes referred to ({@code java.lang.Class}, {@code org.mlbyhand.core.linalg.Matrix}). */
    Set<String> classes() {
        return classes;
    }

    /** The methods and fields used. */
    List<Member> members() {
        return members;
    }

    /** Reads a class file's constant pool. */
    static ConstantPool read(byte[] classFile) throws IOException {
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(classFile));
        if (in.readInt() != 0xCAFEBABE) {
            throw new IOException("not a class file");
        }
        in.readUnsignedShort();
        in.readUnsignedShort();
        int count = in.readUnsignedShort();
        String[] utf8 = new String[count];
        int[] classNameIndex = new int[count];
        int[][] refs = new int[count][];
        int[][] nameAndType = new int[count][];
        for (int i = 1; i < count; i++) {
            int tag = in.readUnsignedByte();
            switch (tag) {
                case 1 -> utf8[i] = in.readUTF();
                case 3, 4 -> in.readInt();
                case 5, 6 -> {
                    in.readLong();
                    i++; // a long or double takes two entries
                }
                case 7 -> classNameIndex[i] = in.readUnsignedShort();
                case 8, 16, 19, 20 -> in.readUnsignedShort();
                case 9, 10, 11 -> refs[i] = new int[] {in.readUnsignedShort(), in.readUnsignedShort()};
                case 12 -> nameAndType[i] = new int[] {in.readUnsignedShort(), in.readUnsignedShort()};
                case 15 -> {
                    in.readUnsignedByte();
                    in.readUnsignedShort();
                }
                case 17, 18 -> in.readInt();
                default -> throw new IOException("unknown constant pool tag " + tag + " at entry " + i);
            }
        }
        ConstantPool pool = new ConstantPool();
        for (int i = 1; i < count; i++) {
            if (classNameIndex[i] != 0) {
                pool.classes.add(binary(utf8[classNameIndex[i]]));
            }
        }
        for (int i = 1; i < count; i++) {
            if (refs[i] != null) {
                String owner = binary(utf8[classNameIndex[refs[i][0]]]);
                int[] nat = nameAndType[refs[i][1]];
                pool.members.add(new Member(owner, utf8[nat[0]], utf8[nat[1]]));
            }
        }
        return pool;
    }

    /** {@code org/mlbyhand/core/linalg/Matrix} → {@code org.mlbyhand.core.linalg.Matrix}; arrays to their element class. */
    private static String binary(String internal) {
        String name = internal;
        while (name.startsWith("[")) {
            name = name.substring(1);
        }
        if (name.startsWith("L") && name.endsWith(";")) {
            name = name.substring(1, name.length() - 1);
        }
        return name.replace('/', '.');
    }
}
