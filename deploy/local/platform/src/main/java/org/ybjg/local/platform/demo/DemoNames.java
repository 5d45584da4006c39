package org.ybjg.local.platform.demo;

import java.util.List;
import java.util.Random;

/** Made-up Chinese names; every one the demo data shows ends with {@link #MARK}. */
final class DemoNames {

  /** Marks every generated name as synthetic. */
  static final String MARK = "（演示）";

  private static final List<String> FIRST_SYLLABLES =
      List.of(
          "东", "西", "南", "北", "青", "白", "石", "柳", "桃", "杏", "梅", "松", "清", "安", "平", "新", "兴", "和",
          "丰", "永");
  private static final List<String> SECOND_SYLLABLES =
      List.of("湖", "桥", "坪", "岭", "湾", "庄", "沟", "田", "塘", "园", "林", "坡", "口", "堡", "集", "川");
  private static final List<String> BRANDS =
      List.of(
          "仁和", "康宁", "同济", "博爱", "华康", "惠民", "益康", "福寿", "安泰", "瑞康", "百姓", "济生", "健民", "永安", "德仁",
          "长春");
  private static final List<String> SURNAMES =
      List.of(
          "王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱", "胡", "郭", "何", "林",
          "罗", "高");
  private static final List<String> GIVEN_NAME_CHARACTERS =
      List.of(
          "伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "涛", "明", "超", "霞", "平",
          "刚", "华", "慧", "婷", "鹏", "宇", "欣", "晨", "浩", "琳", "峰", "雪");

  /** Number of distinct {@link #placeWord(int)} values. */
  static final int PLACE_WORDS = FIRST_SYLLABLES.size() * SECOND_SYLLABLES.size();

  private DemoNames() {}

  /**
   * A two-character place name (柳湾, 桃园...), distinct for every index below {@link #PLACE_WORDS}.
   */
  static String placeWord(int index) {
    if (index < 0 || index >= PLACE_WORDS) {
      throw new IllegalArgumentException(
          "Only " + PLACE_WORDS + " distinct place words, asked for #" + index);
    }
    return FIRST_SYLLABLES.get(index % FIRST_SYLLABLES.size())
        + SECOND_SYLLABLES.get(index / FIRST_SYLLABLES.size());
  }

  /** A business name for private institutions; repeats every {@code BRANDS.size()} indexes. */
  static String brand(int index) {
    return BRANDS.get(index % BRANDS.size());
  }

  static int brands() {
    return BRANDS.size();
  }

  static String person(Random random) {
    StringBuilder name = new StringBuilder(SURNAMES.get(random.nextInt(SURNAMES.size())));
    int givenLength = random.nextInt(3) == 0 ? 1 : 2;
    for (int i = 0; i < givenLength; i++) {
      name.append(GIVEN_NAME_CHARACTERS.get(random.nextInt(GIVEN_NAME_CHARACTERS.size())));
    }
    return name.append(MARK).toString();
  }

  static String marked(String name) {
    return name + MARK;
  }
}
