export default {
  home: '首页', plans: '抽查计划', results: '检查结果', exposures: '典型案例曝光', measures: '协议处理公示', tipoff: '举报投诉',
}
